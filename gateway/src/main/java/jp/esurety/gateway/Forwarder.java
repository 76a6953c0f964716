package jp.esurety.gateway;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * Forwards a request to the service that owns its path, with the caller's access token when there is one. Only
 * the headers a service needs go up, only the headers a browser needs come back.
 */
@ApplicationScoped
public class Forwarder {

    private static final Set<String> REQUEST_HEADERS = Set.of("content-type", "accept", "accept-language",
            "idempotency-key");
    private static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "content-disposition", "location",
            "cache-control", "x-total-count", "x-total-pages", "idempotent-replayed");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Routes routes;

    public Forwarder(Routes routes) {
        this.routes = routes;
    }

    public Response forward(String method, UriInfo uri, HttpHeaders headers, byte[] body, SecurityIdentity identity) {
        String path = uri.getRequestUri().getRawPath();
        URI upstream = routes.upstreamFor(path).orElse(null);
        if (upstream == null) {
            return Problems.of(404, "見つかりません (Not Found)", "このAPIはありません。");
        }
        String query = uri.getRequestUri().getRawQuery();
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(path + (query == null ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.getRequestHeaders().forEach((name, values) -> {
            if (REQUEST_HEADERS.contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
            }
        });
        AccessTokenCredential token = identity == null ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            request.header("Authorization", "Bearer " + token.getToken());
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Response.ResponseBuilder out = Response.status(response.statusCode()).entity(response.body());
            response.headers().map().forEach((name, values) -> {
                if (RESPONSE_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(v -> out.header(name, v));
                }
            });
            return out.build();
        } catch (IOException e) {
            return Problems.of(502, "サービスに接続できません (Bad Gateway)", "しばらくしてから再度お試しください。");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Problems.of(503, "処理が中断されました (Service Unavailable)", "再度お試しください。");
        }
    }
}
