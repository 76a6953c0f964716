package jp.esurety.gateway;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.OptionalLong;

/**
 * Rate limit on {@code /api/**}, {@code /session} and {@code /.well-known/**}: a token bucket per signed-in user
 * (session or bearer token alike), or per client address when anonymous ({@code esurety.gateway.rate-limit.*}).
 * Over the limit: problem+json 429 with {@code Retry-After}.
 */
@Singleton
public class RateLimitFilter {

    private final Buckets buckets;
    private final CurrentIdentityAssociation identities;

    public RateLimitFilter(Buckets buckets, CurrentIdentityAssociation identities) {
        this.buckets = buckets;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(UriInfo uri, HttpServerRequest request) {
        String path = uri.getPath();
        if (!path.startsWith("/api/") && !path.equals("/session") && !path.startsWith("/.well-known/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> refusal(buckets.limiter().tryAcquire(key(identity, request))));
    }

    private static String key(SecurityIdentity identity, HttpServerRequest request) {
        return identity.isAnonymous() ? "address:" + request.remoteAddress().hostAddress()
                : "user:" + identity.getPrincipal().getName();
    }

    private static Response refusal(OptionalLong wait) {
        if (wait.isEmpty()) {
            return null;
        }
        return Problems.builder(429, "リクエストが多すぎます (Too Many Requests)",
                        "短い時間に多くの操作がありました。しばらく待ってから、もう一度お試しください。")
                .header("Retry-After", RateLimiter.retryAfterSeconds(wait.getAsLong())).build();
    }

    /** The buckets, created at run time (REST filters are built at static init, before the configuration is there). */
    @ApplicationScoped
    static class Buckets {
        private final RateLimiter limiter;

        Buckets(GatewayConfig config) {
            this.limiter = new RateLimiter(config.rateLimit().capacity(), config.rateLimit().refillPerSecond(),
                    System::nanoTime);
        }

        RateLimiter limiter() {
            return limiter;
        }
    }
}
