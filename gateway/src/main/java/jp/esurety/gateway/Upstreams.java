package jp.esurety.gateway;

import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The services behind the gateway: where they listen, and one fault-tolerance guard each (a timeout inside a circuit
 * breaker, SmallRye Fault Tolerance), so a slow or failing service trips only its own breaker. The guard covers the
 * call up to the response headers; the body is streamed afterwards.
 */
@ApplicationScoped
public class Upstreams {

    /** Answers that mean the service itself is in trouble; they count against its breaker but still reach the caller. */
    private static final Set<Integer> FAILURE_STATUSES = Set.of(502, 503, 504);
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final Map<Upstream, URI> baseUris = new EnumMap<>(Upstream.class);
    private final Map<Upstream, TypedGuard<HttpResponse<InputStream>>> guards = new EnumMap<>(Upstream.class);
    private final Map<Upstream, Duration> breakerDelays = new EnumMap<>(Upstream.class);

    public Upstreams(GatewayConfig config) {
        this.client = HttpClient.newBuilder().connectTimeout(MAX_CONNECT_TIMEOUT).build();
        baseUris.put(Upstream.APPLICATION, config.routes().application());
        baseUris.put(Upstream.ISSUANCE, config.routes().issuance());
        baseUris.put(Upstream.NOTIFICATION, config.routes().notification());
        for (Upstream upstream : Upstream.values()) {
            GatewayConfig.UpstreamPolicy policy = config.upstream().get(upstream.key());
            guards.put(upstream, guard(upstream, policy));
            breakerDelays.put(upstream, policy.circuitBreakerDelay());
        }
    }

    private static TypedGuard<HttpResponse<InputStream>> guard(Upstream upstream, GatewayConfig.UpstreamPolicy policy) {
        return TypedGuard.create(new TypeLiteral<HttpResponse<InputStream>>() {
                })
                .withDescription("upstream " + upstream.key())
                .withCircuitBreaker()
                .name("upstream-" + upstream.key())
                .requestVolumeThreshold(policy.circuitBreakerRequestVolume())
                .failureRatio(policy.circuitBreakerFailureRatio())
                .delay(policy.circuitBreakerDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .withTimeout()
                .duration(policy.timeout().toMillis(), ChronoUnit.MILLIS)
                .done()
                .build();
    }

    /** The service's base URI (scheme, host and port). */
    public URI baseUri(Upstream upstream) {
        return baseUris.get(upstream);
    }

    /**
     * Sends a request through the service's guard and returns as soon as the response headers are there.
     *
     * @throws UpstreamFailure when the service does not answer in time, cannot be reached, or its breaker is open
     */
    public HttpResponse<InputStream> send(Upstream upstream, HttpRequest request) throws UpstreamFailure {
        try {
            return guards.get(upstream).call(() -> {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (FAILURE_STATUSES.contains(response.statusCode())) {
                    throw new FailedResponse(response);
                }
                return response;
            });
        } catch (FailedResponse e) {
            return e.response;
        } catch (TimeoutException e) {
            Thread.interrupted(); // the timeout interrupted this worker thread to stop the call; clear it for the next request
            throw new UpstreamFailure(UpstreamFailure.Kind.TIMEOUT, null, e);
        } catch (CircuitBreakerOpenException e) {
            throw new UpstreamFailure(UpstreamFailure.Kind.CIRCUIT_OPEN, breakerDelays.get(upstream), e);
        } catch (IOException e) {
            throw new UpstreamFailure(UpstreamFailure.Kind.UNREACHABLE, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamFailure(UpstreamFailure.Kind.UNREACHABLE, null, e);
        } catch (Exception e) {
            throw new IllegalStateException("unexpected failure calling " + upstream.key(), e);
        }
    }

    /** An upstream answer that counts as a failure for the breaker but is still passed on to the caller. */
    private static final class FailedResponse extends Exception {
        private final transient HttpResponse<InputStream> response;

        FailedResponse(HttpResponse<InputStream> response) {
            super(null, null, false, false);
            this.response = response;
        }
    }
}
