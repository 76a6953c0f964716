package jp.esurety.systemtest.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import jp.esurety.local.Realm;
import jp.esurety.local.Service;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public HTTP operations of the running stack, read from each service's own OpenAPI document
 * ({@code /q/openapi?format=json}, served in prod mode): Net Desk services through the gateway (only the paths the
 * gateway routes are public, see gateway {@code Routes}), the D-Sure registry directly, and the gateway's own
 * endpoints.
 */
final class OpenApi {

    /** The path prefixes the gateway routes to a service: a copy of gateway {@code Routes} (keep them equal). */
    static final Map<Service, List<String>> GATEWAY_ROUTES = Map.of(
            Service.APPLICATION, List.of("/api/applications", "/api/orderers", "/api/branches", "/api/profile"),
            Service.ISSUANCE, List.of("/api/underwriting", "/api/admin", "/api/contracts", "/api/premiums",
                    "/api/funds", "/api/ops/kek-rotation", "/.well-known/certificate-keys"),
            Service.NOTIFICATION, List.of("/api/key-notices", "/api/documents-pdf", "/api/ops/mail-deliveries"));

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * One operation as the public reaches it.
     *
     * @param document the service's whole OpenAPI document (to resolve {@code $ref})
     * @param roles    the roles of its security requirement; empty = public
     */
    record Operation(Service service, URI baseUri, Realm realm, String method, String path, List<Param> params,
                     JsonNode body, boolean bodyRequired, String bodyMediaType, List<String> roles,
                     JsonNode document) {

        String id() {
            return method.toUpperCase() + " " + path;
        }

        boolean secured() {
            return !roles.isEmpty();
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        /** A schema with its {@code $ref} (and a single-element {@code allOf}) followed. */
        JsonNode resolve(JsonNode schema) {
            JsonNode s = schema;
            for (int i = 0; s != null && i < 10; i++) {
                if (s.has("$ref")) {
                    String name = s.get("$ref").asText().replace("#/components/schemas/", "");
                    s = document.path("components").path("schemas").get(name);
                } else if (s.has("allOf") && s.get("allOf").size() >= 1) {
                    s = s.get("allOf").get(0);
                } else {
                    return s;
                }
            }
            return s;
        }
    }

    private OpenApi() {
    }

    static JsonNode document(URI serviceUrl) {
        String text = RestAssured.given().baseUri(serviceUrl.toString()).queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable OpenAPI document of " + serviceUrl, e);
        }
    }

    /** Every public operation of the stack: routed through the gateway, or on the registry. */
    static List<Operation> publicOperations() {
        var stack = Stack.endpoints();
        List<Operation> all = new ArrayList<>();
        for (Service service : List.of(Service.APPLICATION, Service.ISSUANCE, Service.NOTIFICATION)) {
            for (Operation op : operations(service, stack.serviceUrl(service), stack.gatewayUrl(), Realm.NETDESK)) {
                if (GATEWAY_ROUTES.get(service).stream().anyMatch(p -> op.path().equals(p)
                        || op.path().startsWith(p + "/"))) {
                    all.add(op);
                }
            }
        }
        all.addAll(operations(Service.REGISTRY, stack.registryUrl(), stack.registryUrl(), Realm.DSURE));
        // the gateway's own endpoints (its proxy paths /api/{path} are the services' operations above)
        for (Operation op : operations(Service.GATEWAY, stack.gatewayUrl(), stack.gatewayUrl(), Realm.NETDESK)) {
            if (!op.path().startsWith("/api/") && !op.path().equals("/.well-known/certificate-keys")) {
                all.add(op);
            }
        }
        return all;
    }

    /** The operations of one service's document, to be called at {@code baseUri}. */
    static List<Operation> operations(Service service, URI documentFrom, URI baseUri, Realm realm) {
        JsonNode doc = document(documentFrom);
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                JsonNode op = m.getValue();
                List<Param> params = new ArrayList<>();
                Map<String, JsonNode> seen = new LinkedHashMap<>();
                for (JsonNode p : concat(path.getValue().path("parameters"), op.path("parameters"))) {
                    if (seen.put(p.path("in").asText() + ":" + p.path("name").asText(), p) == null) {
                        params.add(new Param(p.path("name").asText(), p.path("in").asText(),
                                p.path("required").asBoolean(false), p.path("schema")));
                    }
                }
                JsonNode content = op.path("requestBody").path("content");
                String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                JsonNode body = mediaType == null ? null : content.path(mediaType).path("schema");
                List<String> roles = new ArrayList<>();
                for (JsonNode requirement : op.path("security")) {
                    requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
                }
                if (roles.isEmpty() && !op.path("security").isEmpty()) {
                    roles.add("authenticated");
                }
                ops.add(new Operation(service, baseUri, realm, m.getKey(), path.getKey(), List.copyOf(params), body,
                        op.path("requestBody").path("required").asBoolean(false), mediaType, List.copyOf(roles),
                        doc));
            }
        }
        return ops;
    }

    private static List<JsonNode> concat(JsonNode a, JsonNode b) {
        List<JsonNode> list = new ArrayList<>();
        a.forEach(list::add);
        b.forEach(list::add);
        return list;
    }
}
