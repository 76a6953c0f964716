package jp.esurety.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses an {@code /api/**} request whose declared body is larger than {@code esurety.gateway.max-body-size}
 * with problem+json 413 before any of it is read. A chunked body without a length meets the same limit in Vert.x
 * ({@code quarkus.http.limits.max-body-size}), which answers a bare 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final int FILTER_PRIORITY = 110;

    private final long maxBytes;

    public BodySizeLimit(GatewayConfig config) {
        this.maxBytes = config.maxBodySize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FILTER_PRIORITY);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && context.normalizedPath().startsWith("/api/") && declared(length) > maxBytes) {
            context.response().putHeader("Connection", "close");
            Problems.send(context, 413, "送信データが大きすぎます (Content Too Large)",
                    "一度に送信できるのは " + (maxBytes / 1024) + " KiB までです。");
            return;
        }
        context.next();
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
