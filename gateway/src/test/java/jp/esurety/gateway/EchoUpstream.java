package jp.esurety.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for the services behind the gateway that answers with what it received (method, path, query and
 * Authorization header), so the gateway's forwarding can be checked on its own. The real services are behind the
 * gateway in the system tests.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String body = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\"" + exchange.getRequestURI().getPath()
                    + "\",\"query\":\"" + exchange.getRequestURI().getRawQuery() + "\",\"authorization\":\""
                    + (auth == null ? "" : auth) + "\",\"body\":\""
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).replace("\"", "'") + "\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Internal", "must-not-leak");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("esurety.gateway.routes.application", url, "esurety.gateway.routes.issuance", url,
                "esurety.gateway.routes.notification", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
