package jp.esurety.platform.testing;

import java.util.function.Function;

import org.testcontainers.containers.GenericContainer;

import jp.esurety.platform.embedded.EmbeddedMail;

/**
 * An SMTP server for tests, with the IMAP port of the same mailboxes when known.
 *
 * @param host     host of both servers
 * @param smtpPort SMTP port
 * @param imapPort IMAP port, 0 when unknown (then mail cannot be read back)
 * @param origin   where the server comes from, for the log
 */
record MailServer(String host, int smtpPort, int imapPort, String origin) {

    static final String ENV_HOST = "ESURETY_TEST_SMTP_HOST";
    static final String ENV_SMTP_PORT = "ESURETY_TEST_SMTP_PORT";
    static final String ENV_IMAP_PORT = "ESURETY_TEST_IMAP_PORT";

    private static final String IMAGE = "greenmail/standalone:2.1.8";
    private static final int CONTAINER_SMTP_PORT = 3025;
    private static final int CONTAINER_IMAP_PORT = 3143;
    private static final String PROPERTY_PREFIX = "esurety-testing.mail.";

    /** Environment host and ports, else a GreenMail container when Docker is available, else embedded GreenMail. */
    static MailServer resolve(Function<String, String> env) {
        String host = env.apply(ENV_HOST);
        if (host != null && !host.isBlank()) {
            String imapPort = env.apply(ENV_IMAP_PORT);
            return new MailServer(host,
                    Integer.parseInt(SharedServers.require(env, ENV_SMTP_PORT, "together with " + ENV_HOST)),
                    imapPort == null || imapPort.isBlank() ? 0 : Integer.parseInt(imapPort), ENV_HOST);
        }
        return SharedServers.dockerAvailable() ? startContainer() : startEmbedded();
    }

    static MailServer fromSystemProperties() {
        String host = System.getProperty(PROPERTY_PREFIX + "host");
        return host == null ? null : new MailServer(host,
                Integer.parseInt(System.getProperty(PROPERTY_PREFIX + "smtp-port")),
                Integer.parseInt(System.getProperty(PROPERTY_PREFIX + "imap-port")),
                System.getProperty(PROPERTY_PREFIX + "origin"));
    }

    void publish() {
        System.setProperty(PROPERTY_PREFIX + "smtp-port", String.valueOf(smtpPort));
        System.setProperty(PROPERTY_PREFIX + "imap-port", String.valueOf(imapPort));
        System.setProperty(PROPERTY_PREFIX + "origin", origin);
        System.setProperty(PROPERTY_PREFIX + "host", host);
    }

    int requireImapPort() {
        if (imapPort == 0) {
            throw new IllegalStateException("the IMAP port of the test mail server is unknown; set "
                    + ENV_IMAP_PORT + " to read received mail");
        }
        return imapPort;
    }

    @Override
    public String toString() {
        return origin + " smtp://" + host + ":" + smtpPort + (imapPort == 0 ? "" : " imap://" + host + ":" + imapPort);
    }

    @SuppressWarnings("resource") // stopped by the shutdown hook
    private static MailServer startContainer() {
        GenericContainer<?> container = new GenericContainer<>(IMAGE)
                .withExposedPorts(CONTAINER_SMTP_PORT, CONTAINER_IMAP_PORT)
                .withEnv("GREENMAIL_OPTS", "-Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap"
                        + " -Dgreenmail.hostname=0.0.0.0 -Dgreenmail.auth.disabled");
        container.start();
        SharedServers.stopOnExit(container::stop, "SMTP");
        return new MailServer(container.getHost(), container.getMappedPort(CONTAINER_SMTP_PORT),
                container.getMappedPort(CONTAINER_IMAP_PORT), "Testcontainers " + IMAGE);
    }

    private static MailServer startEmbedded() {
        EmbeddedMail mail = EmbeddedMail.start(0, 0);
        SharedServers.stopOnExit(mail, "SMTP");
        return new MailServer(mail.host(), mail.smtpPort(), mail.imapPort(), "embedded GreenMail");
    }
}
