package jp.esurety.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Services in trouble behind the gateway: application answers too late, issuance is in maintenance (503, also on
 * its readiness), notification is not running at all. Small timeouts and breaker windows keep the test quick.
 */
public class FaultyUpstreams implements QuarkusTestResourceLifecycleManager {

    static final String MAINTENANCE_DETAIL = "issuance is in maintenance";

    private HttpServer slow;
    private HttpServer maintenance;

    @Override
    public Map<String, String> start() {
        slow = server(exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "{}");
        });
        maintenance = server(exchange -> send(exchange, 503,
                "{\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\"" + MAINTENANCE_DETAIL + "\"}"));
        return Map.of(
                "esurety.gateway.routes.application", url(slow),
                "esurety.gateway.routes.issuance", url(maintenance),
                "esurety.gateway.routes.notification", "http://localhost:" + freePort(),
                "esurety.gateway.upstream.application.timeout", "500ms",
                "esurety.gateway.upstream.issuance.circuit-breaker-request-volume", "4",
                "esurety.gateway.upstream.issuance.circuit-breaker-delay", "60s",
                "esurety.gateway.upstream.notification.circuit-breaker-request-volume", "4",
                "esurety.gateway.upstream.notification.circuit-breaker-delay", "60s",
                "esurety.gateway.upstream-health-timeout", "1s");
    }

    private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", handler);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(HttpServer server) {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (slow != null) {
            slow.stop(0);
        }
        if (maintenance != null) {
            maintenance.stop(0);
        }
    }
}
