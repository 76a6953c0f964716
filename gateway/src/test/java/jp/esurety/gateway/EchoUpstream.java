package jp.esurety.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the services behind the gateway that answers with what it received (method, path, query and
 * Authorization header), so the gateway's forwarding can be checked on its own. It also serves a key-notice PDF and
 * a CSV download that pauses half-way until {@code /control/release} is called, to see that the gateway streams.
 * The real services are behind the gateway in the system tests.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    /** Sent before the CSV download pauses: larger than any buffer on the way. */
    static final int CSV_FIRST_PART = 256 * 1024;
    static final String KEY_NOTICE_DISPOSITION =
            "attachment; filename=\"key-notice.pdf\"; filename*=UTF-8''%E8%AA%8D%E8%A8%BC%E3%82%AD%E3%83%BC.pdf";

    private HttpServer server;
    private volatile CountDownLatch release = new CountDownLatch(1);

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::echo);
        server.createContext("/q/health/ready", exchange -> send(exchange, 200, "application/json", "{\"status\":\"UP\"}"));
        server.createContext("/api/key-notices/", this::keyNotice);
        server.createContext("/api/contracts/download", this::csv);
        server.createContext("/control/release", exchange -> {
            release.countDown();
            send(exchange, 204, null, null);
        });
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("esurety.gateway.routes.application", url, "esurety.gateway.routes.issuance", url,
                "esurety.gateway.routes.notification", url);
    }

    private void echo(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String body = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\"" + exchange.getRequestURI().getPath()
                + "\",\"query\":\"" + exchange.getRequestURI().getRawQuery() + "\",\"authorization\":\""
                + (auth == null ? "" : auth) + "\",\"body\":\""
                + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).replace("\"", "'") + "\"}";
        exchange.getResponseHeaders().add("X-Internal", "must-not-leak");
        send(exchange, 200, "application/json", body);
    }

    private void keyNotice(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Disposition", KEY_NOTICE_DISPOSITION);
        exchange.getResponseHeaders().add("Cache-Control", "private, max-age=600");
        send(exchange, 200, "application/pdf", "%PDF-1.7\n% key notice\n%%EOF\n");
    }

    private void csv(HttpExchange exchange) throws IOException {
        release = new CountDownLatch(1);
        exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=UTF-8");
        exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"contracts.csv\"");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("保証契約番号\n".getBytes(StandardCharsets.UTF_8));
            out.write("0".repeat(CSV_FIRST_PART).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            boolean released = release.await(5, TimeUnit.SECONDS);
            out.write((released ? "\nEND\n" : "\nNOT-STREAMED\n").getBytes(StandardCharsets.US_ASCII));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            exchange.getResponseHeaders().add("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
