package jp.esurety.systemtest.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Raw HTTP calls (any method with any body, exactly the bytes given) and the problem+json check. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The status recorded when the server closed the connection without answering. */
    static final int NO_ANSWER = 599;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    record Call(String method, URI uri, String token, String contentType, String accept, String body,
                Map<String, String> headers) {

        String describe() {
            String b = body == null ? "" : " body=" + (body.length() > 300 ? body.substring(0, 300) + "…(" + body.length()
                    + " chars)" : body);
            String u = uri.toString();
            return method + " " + (u.length() > 300 ? u.substring(0, 300) + "…" : u) + (contentType == null ? ""
                    : " [" + contentType + "]") + (accept == null ? "" : " Accept: " + accept) + b;
        }
    }

    record Answer(int status, String contentType, String body) {

        /** Null when the answer is a proper problem (or not an error); else what is wrong with it. */
        String problemDefect() {
            if (status == NO_ANSWER) {
                return "no answer";
            }
            if (status >= 500) {
                return "server error " + status;
            }
            if (status < 400 || refusedBeforeTheApplication()) {
                return null;
            }
            if (contentType == null || !contentType.toLowerCase().startsWith("application/problem+json")) {
                return status + " with Content-Type " + contentType;
            }
            try {
                JsonNode node = JSON.readTree(body);
                if (node == null || !node.path("status").isInt() || node.path("status").asInt() != status) {
                    return status + " problem without a matching status: " + snippet();
                }
            } catch (IOException e) {
                return status + " problem body is not JSON: " + snippet();
            }
            return null;
        }

        /**
         * A request line or headers too long for the HTTP server (Vert.x answers 414 / 431 with an empty body while
         * decoding, before any route or filter of the service runs; Quarkus 3.34 offers no hook to render it).
         */
        boolean refusedBeforeTheApplication() {
            return (status == 414 || status == 431) && (body == null || body.isEmpty());
        }

        String snippet() {
            return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
        }
    }

    private Http() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Answer send(Call call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(call.uri()).timeout(Duration.ofSeconds(60));
        HttpRequest.BodyPublisher publisher = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8);
        b.method(call.method().toUpperCase(), publisher);
        Optional.ofNullable(call.token()).ifPresent(t -> b.header("Authorization", "Bearer " + t));
        Optional.ofNullable(call.contentType()).ifPresent(t -> b.header("Content-Type", t));
        Optional.ofNullable(call.accept()).ifPresent(t -> b.header("Accept", t));
        call.headers().forEach(b::header);
        HttpRequest request = b.build();
        IOException failure = null;
        // a kept-alive connection the server closed after its last answer (e.g. one to an oversized request) fails
        // the next request on it without an answer: that one request is sent once more, on a new connection
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new Answer(NO_ANSWER, null, "connection closed without an answer: " + failure);
    }
}
