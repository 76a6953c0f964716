package jp.esurety.registry.api;

import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.UnauthorizedExceptionMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jp.esurety.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registry is called directly from orderers' systems: a missing, expired or foreign token on the HTTP API is a
 * 401 problem (with {@code WWW-Authenticate: Bearer}), not a bare status. The portal ({@code /portal/**}, the
 * browser's OIDC code flow) keeps Quarkus' challenge, the redirect to the login. Found by deploy/system-tests
 * AuthorizationMatrixIT.
 */
@ApplicationScoped
public class ApiAuthenticationProblems {

    static final String TITLE = "認証が必要です (Unauthorized)";
    static final String DETAIL = "有効なアクセストークンを付けて、もう一度お試しください。";

    /** No token where a role is needed (the security check of a resource method). */
    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext context) {
        if (isPortal(context)) {
            return new UnauthorizedExceptionMapper().handle(context);
        }
        return Uni.createFrom().item(Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").entity(problem(context.request().path())).build());
    }

    /** A token that does not verify (expired, altered, of another realm): refused before any resource runs. */
    void onStart(@Observes Router router) {
        router.route().order(-1).failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException && !isPortal(context)
                    && !context.response().headWritten()) {
                context.response().setStatusCode(401).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                        .end(new JsonObject(problem(context.request().path())).encode());
            } else {
                context.next();
            }
        });
    }

    private static boolean isPortal(RoutingContext context) {
        String path = context.request().path();
        return path != null && (path.equals("/portal") || path.startsWith("/portal/"));
    }

    private static Map<String, Object> problem(String path) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:esurety:problem:unauthorized");
        problem.put("title", TITLE);
        problem.put("status", 401);
        problem.put("detail", DETAIL);
        problem.put("instance", path);
        return problem;
    }
}
