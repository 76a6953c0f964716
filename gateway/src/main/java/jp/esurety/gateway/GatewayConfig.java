package jp.esurety.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The gateway's settings ({@code esurety.gateway.*}); defaults here, values per environment in the environment. */
@ConfigMapping(prefix = "esurety.gateway")
public interface GatewayConfig {

    /** Where each service listens ({@code esurety.gateway.routes.application} etc.). */
    Targets routes();

    /** Timeout and circuit breaker per upstream ({@code esurety.gateway.upstream.<service>.*}); unset ones take the defaults. */
    @WithDefaults
    Map<String, UpstreamPolicy> upstream();

    /** Largest request body accepted on {@code /api/**}, except a document upload. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /**
     * Largest request body of a document upload ({@code POST /api/applications/{id}/documents}, 書類送信): the
     * service's 10 MiB per document plus room for the multipart framing and the description.
     */
    @WithDefault("10304K")
    MemorySize maxUploadSize();

    RateLimit rateLimit();

    Csrf csrf();

    /** How long the readiness check waits for each service's own readiness. */
    @WithDefault("2s")
    Duration upstreamHealthTimeout();

    interface Targets {
        URI application();

        URI issuance();

        URI notification();
    }

    interface UpstreamPolicy {
        /** Until the upstream's response headers arrive (a streamed body may take longer). */
        @WithDefault("10s")
        Duration timeout();

        /** Calls in the rolling window the breaker judges. */
        @WithDefault("20")
        int circuitBreakerRequestVolume();

        /** Share of failed calls in the window that opens the breaker. */
        @WithDefault("0.5")
        double circuitBreakerFailureRatio();

        /** How long an open breaker refuses calls before it lets a trial call through. */
        @WithDefault("10s")
        Duration circuitBreakerDelay();
    }

    /** Token bucket per signed-in user (or per client address when anonymous). */
    interface RateLimit {
        /** Burst: the most requests allowed at once. */
        @WithDefault("120")
        int capacity();

        /** Sustained requests per second. */
        @WithDefault("20")
        double refillPerSecond();
    }

    interface Csrf {
        /** Mark the XSRF-TOKEN cookie Secure (always in production, where the gateway is behind HTTPS). */
        @WithDefault("false")
        boolean secureCookie();
    }
}
