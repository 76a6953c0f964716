package jp.esurety.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** The gateway's own RFC 9457 answers (it has no domain, so it needs only status, title and detail). */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static Response of(int status, String title, String detail) {
        return builder(status, title, detail).build();
    }

    static Response.ResponseBuilder builder(int status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(problem(status, title, detail));
    }

    /** Ends a request in a Vert.x filter, before it reaches a resource. */
    static void send(RoutingContext context, int status, String title, String detail) {
        context.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE)
                .end(new JsonObject(problem(status, title, detail)).encode());
    }

    private static Map<String, Object> problem(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:esurety:problem:gateway");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }
}
