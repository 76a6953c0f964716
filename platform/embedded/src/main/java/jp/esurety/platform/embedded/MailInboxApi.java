package jp.esurety.platform.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.MessagingException;

/**
 * Read-only HTTP view of the GreenMail inboxes, on the JDK's HTTP server.
 *
 * <p>GreenMail's own REST API ships only inside the shaded {@code greenmail-standalone} jar, which bundles
 * unrelocated Jersey, Jackson and Log4j; on a shared class path (Kafka broker, Quarkus tests) those clash. This
 * class serves the same path and JSON fields without any dependency.
 */
final class MailInboxApi implements AutoCloseable {

    private static final Pattern MESSAGES_PATH = Pattern.compile("/api/user/([^/]+)/messages/([^/]+)/?");

    private final HttpServer server;
    private final GreenMail greenMail;

    private MailInboxApi(HttpServer server, GreenMail greenMail) {
        this.server = server;
        this.greenMail = greenMail;
    }

    static MailInboxApi start(GreenMail greenMail, int portOrZero) {
        int port = Ports.resolve(portOrZero, "the mail inbox API");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            MailInboxApi api = new MailInboxApi(server, greenMail);
            server.createContext("/api/user/", api::handle);
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the mail inbox API on port " + port, e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = MESSAGES_PATH.matcher(exchange.getRequestURI().getPath());
            if (!"GET".equals(exchange.getRequestMethod()) || !path.matches()) {
                respond(exchange, 404, "{\"message\":\"use GET /api/user/<address>/messages/INBOX\"}");
                return;
            }
            String address = URLDecoder.decode(path.group(1), StandardCharsets.UTF_8);
            GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
            MailFolder folder = user == null ? null
                    : greenMail.getManagers().getImapHostManager().getFolder(user, path.group(2));
            if (folder == null) {
                respond(exchange, 404, "{\"message\":" + Json.string("no mail folder " + path.group(2) + " for "
                        + address) + "}");
                return;
            }
            respond(exchange, 200, messagesJson(folder.getMessages()));
        } catch (MessagingException | RuntimeException e) {
            respond(exchange, 500, "{\"message\":" + Json.string(String.valueOf(e.getMessage())) + "}");
        }
    }

    private static String messagesJson(List<StoredMessage> messages) throws MessagingException {
        StringBuilder json = new StringBuilder("[");
        for (StoredMessage message : messages) {
            var mime = message.getMimeMessage();
            json.append(json.length() > 1 ? "," : "")
                    .append("{\"uid\":").append(Json.string(Long.toString(message.getUid())))
                    .append(",\"Message-ID\":").append(Json.string(mime.getMessageID()))
                    .append(",\"subject\":").append(Json.string(mime.getSubject()))
                    .append(",\"contentType\":").append(Json.string(mime.getContentType()))
                    .append(",\"mimeMessage\":").append(Json.string(GreenMailUtil.getWholeMessage(mime)))
                    .append('}');
        }
        return json.append(']').toString();
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Minimal JSON string encoding (RFC 8259). */
    private static final class Json {

        private Json() {
        }

        static String string(String value) {
            if (value == null) {
                return "null";
            }
            return value.chars().mapToObj(Json::escape).collect(Collectors.joining("", "\"", "\""));
        }

        private static String escape(int c) {
            return switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c);
            };
        }
    }
}
