package jp.esurety.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Ready when every service behind the gateway reports itself ready ({@code /q/health/ready}); asked in parallel,
 * each within {@code esurety.gateway.upstream-health-timeout}. Liveness has no such check: a gateway whose
 * upstreams are down is still alive and must not be restarted for it.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements HealthCheck {

    private final HttpClient client;
    private final Upstreams upstreams;
    private final Duration timeout;

    public UpstreamsReadiness(Upstreams upstreams, GatewayConfig config) {
        this.upstreams = upstreams;
        this.timeout = config.upstreamHealthTimeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public HealthCheckResponse call() {
        Map<Upstream, CompletableFuture<String>> states = new EnumMap<>(Upstream.class);
        for (Upstream upstream : Upstream.values()) {
            states.put(upstream, stateOf(upstream));
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
        states.forEach((upstream, state) -> {
            String value = state.join();
            response.withData(upstream.key(), value);
            if (!"UP".equals(value)) {
                response.down();
            }
        });
        return response.build();
    }

    private CompletableFuture<String> stateOf(Upstream upstream) {
        HttpRequest request = HttpRequest.newBuilder(upstreams.baseUri(upstream).resolve("/q/health/ready"))
                .timeout(timeout).GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200 ? "UP" : "DOWN (HTTP " + r.statusCode() + ")")
                .exceptionally(e -> "DOWN (no answer)");
    }
}
