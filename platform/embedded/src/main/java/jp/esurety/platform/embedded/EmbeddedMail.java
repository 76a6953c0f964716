package jp.esurety.platform.embedded;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
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
 */
public final class EmbeddedMail implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final MailInboxApi api;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMail(GreenMail greenMail, MailInboxApi api) {
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
        GreenMail greenMail = startGreenMail(smtpPortOrZero, imapPortOrZero);
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

    private static GreenMail startGreenMail(int smtpPortOrZero, int imapPortOrZero) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
            setup(smtpPortOrZero, ServerSetup.PROTOCOL_SMTP, "SMTP"),
            setup(imapPortOrZero, ServerSetup.PROTOCOL_IMAP, "IMAP")})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return greenMail;
    }

    private static ServerSetup setup(int portOrZero, String protocol, String what) {
        if (portOrZero == 0) {
            return new ServerSetup(0, HOST, protocol).dynamicPort();
        }
        Ports.requireFree(portOrZero, what);
        return new ServerSetup(portOrZero, HOST, protocol);
    }
}
