package jp.esurety.gateway;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * The SPA calls {@code /api/**} and {@code /session} with fetch: a missing or expired session must be a 401 it can
 * act on (show the sign-in link), never a redirect to Keycloak that fetch would follow across origins. Only
 * {@code /login} (and the logout) redirect.
 */
public class AuthenticationProblems {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized() {
        return Problems.builder(401, "ログインが必要です (Unauthorized)", "ログインしてから、もう一度お試しください。")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response redirect(AuthenticationRedirectException e, UriInfo uri) {
        String path = uri.getPath();
        if (path.startsWith("/api/") || path.equals("/session")) {
            return unauthorized();
        }
        return Response.status(e.getCode()).location(URI.create(e.getRedirectUri()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
