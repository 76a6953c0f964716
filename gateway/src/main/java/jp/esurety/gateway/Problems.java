package jp.esurety.gateway;

import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** The gateway's own RFC 9457 answers (it has no domain, so it needs only status, title and detail). */
final class Problems {

    private Problems() {
    }

    static Response of(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:esurety:problem:gateway");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return Response.status(status).type("application/problem+json").entity(problem).build();
    }
}
