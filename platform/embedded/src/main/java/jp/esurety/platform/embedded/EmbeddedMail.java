package jp.esurety.platform.embedded;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A real mail server (GreenMail, in this JVM) with SMTP and IMAP on localhost, for outgoing mail of the services.
 *
 * <p>Authentication is disabled: SMTP accepts mail for any recipient, and IMAP accepts any password for a login
 * equal to the recipient's address. Optionally {@link #startWithApi} also serves a read-only inbox over HTTP so a
 * person can look at sent mail: {@code GET /api/user/<address>/messages/INBOX} returns the messages as JSON with
 * the fields of GreenMail's own REST API ({@code uid}, {@code Message-ID}, {@code subject}, {@code contentType},
 * {@code mimeMessage}).
 *
 * <p>For fault-injection tests SMTP alone can be {@linkplain #stopSmtp() stopped} and {@linkplain #startSmtp()
 * started again} on the same port: IMAP and the HTTP inbox stay up and the mail received before is kept, so a
 * test sees every message exactly as often as it was delivered.
 */
public final class EmbeddedMail implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final long SERVER_START_TIMEOUT_MILLIS = 10_000;

    private final RestartableGreenMail greenMail;
    private final MailInboxApi api;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMail(RestartableGreenMail greenMail, MailInboxApi api) {
        this.greenMail = greenMail;
        this.api = api;
    }

    /**
     * Starts SMTP and IMAP.
     *
     * @param smtpPortOrZero fixed SMTP port, or 0 for a free one
     * @param imapPortOrZero fixed IMAP port, or 0 for a free one
     * @return the running server
     * @throws IllegalStateException if a fixed port is in use
     */
    public static EmbeddedMail start(int smtpPortOrZero, int imapPortOrZero) {
        return new EmbeddedMail(startGreenMail(smtpPortOrZero, imapPortOrZero), null);
    }

    /**
     * Starts SMTP, IMAP and the read-only HTTP inbox.
     *
     * @param smtpPortOrZero fixed SMTP port, or 0 for a free one
     * @param imapPortOrZero fixed IMAP port, or 0 for a free one
     * @param apiPortOrZero  fixed HTTP port, or 0 for a free one
     * @return the running server
     * @throws IllegalStateException if a fixed port is in use
     */
    public static EmbeddedMail startWithApi(int smtpPortOrZero, int imapPortOrZero, int apiPortOrZero) {
        RestartableGreenMail greenMail = startGreenMail(smtpPortOrZero, imapPortOrZero);
        try {
            return new EmbeddedMail(greenMail, MailInboxApi.start(greenMail, apiPortOrZero));
        } catch (RuntimeException e) {
            greenMail.stop();
            throw e;
        }
    }

    /** @return the address the servers listen on, {@code 127.0.0.1} */
    public String host() {
        return HOST;
    }

    /** @return the SMTP port */
    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** @return the IMAP port */
    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** @return the HTTP inbox port, empty when started without it */
    public OptionalInt apiPort() {
        return api == null ? OptionalInt.empty() : OptionalInt.of(api.port());
    }

    /** @return every message received so far, for all recipients, oldest first */
    public List<MimeMessage> receivedMessages() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /**
     * @param address a recipient's e-mail address
     * @return the messages in that recipient's inbox, oldest first; empty when none arrived
     */
    public MimeMessage[] messagesFor(String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return new MimeMessage[0];
        }
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(StoredMessage::getMimeMessage)
                    .toArray(MimeMessage[]::new);
        } catch (FolderException e) {
            throw new IllegalStateException("cannot read the inbox of " + address, e);
        }
    }

    /**
     * Closes the SMTP port as an outage would: connections are refused until {@link #startSmtp()}. IMAP, the HTTP
     * inbox and the mail received so far stay. Does nothing when SMTP is stopped already.
     */
    public void stopSmtp() {
        greenMail.stopSmtp();
    }

    /**
     * Opens SMTP again on the same port after {@link #stopSmtp()} and returns once it accepts connections. Does
     * nothing when it runs.
     *
     * @throws IllegalStateException when the server was closed or the port could not be bound in time
     */
    public void startSmtp() {
        if (closed.get()) {
            throw new IllegalStateException("the mail server was closed");
        }
        greenMail.startSmtp();
    }

    /** @return whether SMTP accepts connections (not stopped by {@link #stopSmtp()}) */
    public boolean isSmtpRunning() {
        return greenMail.isSmtpRunning();
    }

    /** Stops the servers; received mail is discarded. Further calls do nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        if (api != null) {
            api.close();
        }
        greenMail.stop();
    }

    private static RestartableGreenMail startGreenMail(int smtpPortOrZero, int imapPortOrZero) {
        RestartableGreenMail greenMail = new RestartableGreenMail(new ServerSetup[] {
            setup(smtpPortOrZero, ServerSetup.PROTOCOL_SMTP, "SMTP"),
            setup(imapPortOrZero, ServerSetup.PROTOCOL_IMAP, "IMAP")});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return greenMail;
    }

    /**
     * GreenMail whose SMTP server can be replaced by a new one on the same port, sharing the mail store (a stopped
     * server thread cannot be started again).
     */
    private static final class RestartableGreenMail extends GreenMail {

        private boolean smtpStopped;
        private int stoppedSmtpPort;

        RestartableGreenMail(ServerSetup[] setups) {
            super(setups);
        }

        synchronized void stopSmtp() {
            if (!smtpStopped) {
                stoppedSmtpPort = getSmtp().getPort();
                getSmtp().stopService();
                smtpStopped = true;
            }
        }

        synchronized void startSmtp() {
            if (!smtpStopped) {
                return;
            }
            SmtpServer smtp = new SmtpServer(new ServerSetup(stoppedSmtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                    getManagers());
            smtp.startService();
            awaitRunning(smtp);
            services.put(ServerSetup.PROTOCOL_SMTP, smtp);
            smtpStopped = false;
        }

        synchronized boolean isSmtpRunning() {
            return !smtpStopped && getSmtp().isRunning();
        }

        private static void awaitRunning(AbstractServer server) {
            try {
                if (!server.waitTillRunning(SERVER_START_TIMEOUT_MILLIS)) {
                    server.stopService();
                    throw new IllegalStateException("SMTP did not start again on port " + server.getPort());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting SMTP", e);
            }
        }
    }

    private static ServerSetup setup(int portOrZero, String protocol, String what) {
        if (portOrZero == 0) {
            return new ServerSetup(0, HOST, protocol).dynamicPort();
        }
        Ports.requireFree(portOrZero, what);
        return new ServerSetup(portOrZero, HOST, protocol);
    }
}
