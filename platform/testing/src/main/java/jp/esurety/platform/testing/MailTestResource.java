package jp.esurety.platform.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real SMTP server for the Quarkus mailer (not the mock) and lets the test read what
 * arrived, over IMAP, with {@link #inbox(String)}.
 *
 * <p>The server is, in this order: {@code ESURETY_TEST_SMTP_HOST} and {@code ESURETY_TEST_SMTP_PORT} (reading mail
 * needs {@code ESURETY_TEST_IMAP_PORT} too), a {@code greenmail/standalone:2.1.8} container when Docker is
 * available, or an embedded GreenMail. It is started once per JVM and shared by all test classes; it accepts any
 * recipient, and IMAP accepts any password for a login equal to the recipient's address.
 *
 * <pre>{@code
 * @QuarkusTestResource(value = MailTestResource.class, restrictToAnnotatedClass = false)
 * }</pre>
 */
public class MailTestResource implements QuarkusTestResourceLifecycleManager {

    /** The sender used when the application configures none. */
    public static final String DEFAULT_FROM = "noreply@esurety.example.jp";

    @Override
    public Map<String, String> start() {
        MailServer server = SharedServers.mail();
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.mailer.host", server.host(),
                "quarkus.mailer.port", String.valueOf(server.smtpPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED"));
        if (!fromConfigured()) {
            config.put("quarkus.mailer.from", DEFAULT_FROM);
        }
        return config;
    }

    /** Keeps the server running: it is shared by later test classes and stops when the JVM exits. */
    @Override
    public void stop() {
        // the JVM-wide server outlives a single Quarkus application
    }

    /**
     * Reads the inbox of a recipient over IMAP, with subjects, bodies and attachment names decoded.
     *
     * @param address the recipient's e-mail address
     * @return the mail received so far, oldest first
     * @throws IllegalStateException if no test resource started the server, or its IMAP port is unknown
     */
    public static List<ReceivedMail> inbox(String address) {
        MailServer server = SharedServers.started(MailServer::fromSystemProperties, MailTestResource.class);
        return MailReader.inbox(server.host(), server.requireImapPort(), address);
    }

    private static boolean fromConfigured() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("quarkus.mailer.from", String.class).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
