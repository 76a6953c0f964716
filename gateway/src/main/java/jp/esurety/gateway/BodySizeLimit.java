package jp.esurety.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses an {@code /api/**} request whose declared body is larger than {@code esurety.gateway.max-body-size}
 * (a document upload: {@code max-upload-size}) with problem+json 413 before any of it is read. Vert.x reads no body
 * above the upload size ({@code quarkus.http.limits.max-body-size}, a bare 413); a chunked body without a length
 * that is read whole but is above its own limit is refused by {@link ApiProxy} through {@link #refusal}.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final int FILTER_PRIORITY = 110;
    private static final long MIB = 1024 * 1024;
    private static final String TITLE = "送信データが大きすぎます (Content Too Large)";
    /** 書類送信 ({@code POST /api/applications/{id}/documents}) is the only upload. */
    private static final Pattern UPLOAD = Pattern.compile("/api/applications/[^/]+/documents/?");

    private final long maxBytes;
    private final long maxUploadBytes;

    public BodySizeLimit(GatewayConfig config) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.maxUploadBytes = config.maxUploadSize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FILTER_PRIORITY);
    }

    /** The largest body of a request: the upload's on 書類送信, else the general one. */
    private long limitFor(String method, String path) {
        return isUpload(method, path) ? maxUploadBytes : maxBytes;
    }

    private static boolean isUpload(String method, String path) {
        return "POST".equals(method) && UPLOAD.matcher(path).matches();
    }

    /** The 413 for a body longer than the request's limit; empty when it fits. */
    Optional<Response> refusal(String method, String path, long bodyLength) {
        long limit = limitFor(method, path);
        return bodyLength <= limit ? Optional.empty() : Optional.of(Problems.builder(413, TITLE,
                detail(method, path, limit)).header("Connection", "close").build());
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        String path = context.normalizedPath();
        String method = context.request().method().name();
        long limit = limitFor(method, path);
        if (length != null && path.startsWith("/api/") && declared(length) > limit) {
            context.response().putHeader("Connection", "close");
            Problems.send(context, 413, TITLE, detail(method, path, limit));
            return;
        }
        context.next();
    }

    private static String detail(String method, String path, long limit) {
        return isUpload(method, path) ? "書類は1ファイル" + limit / MIB + "MBまで送信できます。"
                : "一度に送信できるのは " + (limit / 1024) + " KiB までです。";
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
