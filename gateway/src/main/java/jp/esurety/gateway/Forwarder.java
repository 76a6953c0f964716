package jp.esurety.gateway;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;

/**
 * Forwards a request to the service that owns its path, with the caller's access token when there is one, and
 * streams the answer back (key-notice PDFs and CSV downloads never sit whole in the gateway's memory). Only the
 * headers a service needs go up, only the headers a browser needs come back; failures become problem+json.
 */
@ApplicationScoped
public class Forwarder {

    private static final Set<String> REQUEST_HEADERS = Set.of("content-type", "accept", "accept-language",
            "idempotency-key");
    /** Cache-Control is not among them: every API answer is {@code no-store} (application.properties). */
    private static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "content-disposition", "location",
            "x-total-count", "x-total-pages", "idempotent-replayed", "retry-after");
    private static final int CHUNK = 16 * 1024;

    private final Routes routes;
    private final Upstreams upstreams;

    public Forwarder(Routes routes, Upstreams upstreams) {
        this.routes = routes;
        this.upstreams = upstreams;
    }

    public Response forward(String method, UriInfo uri, HttpHeaders headers, byte[] body, SecurityIdentity identity) {
        String path = uri.getRequestUri().getRawPath();
        Optional<Upstream> owner = routes.upstreamFor(path);
        if (owner.isEmpty()) {
            return Problems.of(404, "見つかりません (Not Found)", "このAPIはありません。");
        }
        try {
            return relay(upstreams.send(owner.get(), request(owner.get(), method, uri, headers, body, identity)));
        } catch (UpstreamFailure failure) {
            return problem(failure);
        }
    }

    private HttpRequest request(Upstream owner, String method, UriInfo uri, HttpHeaders headers, byte[] body,
                                SecurityIdentity identity) {
        String query = uri.getRequestUri().getRawQuery();
        URI target = upstreams.baseUri(owner).resolve(uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
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
        return request.build();
    }

    private static Response relay(HttpResponse<InputStream> upstream) {
        Response.ResponseBuilder out = Response.status(upstream.statusCode());
        upstream.headers().map().forEach((name, values) -> {
            if (RESPONSE_HEADERS.contains(name.toLowerCase())) {
                values.forEach(v -> out.header(name, v));
            }
        });
        InputStream body = upstream.body();
        if (upstream.statusCode() == 204 || upstream.statusCode() == 304) {
            closeQuietly(body);
            return out.build();
        }
        return out.entity((StreamingOutput) output -> copy(body, output)).build();
    }

    /** Copies chunk by chunk and flushes each, so the browser receives a long download while it is produced. */
    private static void copy(InputStream body, OutputStream output) throws IOException {
        try (body) {
            byte[] buffer = new byte[CHUNK];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                output.write(buffer, 0, n);
                output.flush();
            }
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // nothing was to be read
        }
    }

    private static Response problem(UpstreamFailure failure) {
        return switch (failure.kind()) {
            case TIMEOUT -> Problems.of(504, "サービスの応答がありません (Gateway Timeout)",
                    "時間内に応答がありませんでした。しばらくしてから再度お試しください。");
            case CIRCUIT_OPEN -> Problems.builder(503, "サービスが一時的に利用できません (Service Unavailable)",
                            "ただいまこの機能を利用できません。しばらくしてから再度お試しください。")
                    .header("Retry-After", Math.max(1, failure.retryAfter().toSeconds())).build();
            case UNREACHABLE -> Problems.of(502, "サービスに接続できません (Bad Gateway)", "しばらくしてから再度お試しください。");
        };
    }
}
