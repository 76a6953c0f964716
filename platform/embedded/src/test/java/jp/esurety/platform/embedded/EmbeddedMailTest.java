package jp.esurety.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

class EmbeddedMailTest {

    private static final String RECIPIENT = "tanaka@kensetsu.example.jp";

    @Test
    void deliversSmtpMailReadableOverImapAndHttp() throws Exception {
        try (EmbeddedMail mail = EmbeddedMail.startWithApi(0, 0, 0)) {
            send(mail, "保証書発行のお知らせ");

            assertThat(mail.receivedMessages()).hasSize(1);
            assertThat(mail.messagesFor(RECIPIENT)).singleElement()
                    .satisfies(message -> assertThat(message.getSubject()).isEqualTo("保証書発行のお知らせ"));
            assertThat(mail.messagesFor("nobody@example.jp")).isEmpty();
            assertThat(imapSubject(mail)).isEqualTo("保証書発行のお知らせ");

            URI inboxUri = URI.create("http://127.0.0.1:" + mail.apiPort().orElseThrow() + "/api/user/"
                    + URLEncoder.encode(RECIPIENT, StandardCharsets.UTF_8) + "/messages/INBOX");
            HttpResponse<String> inbox = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(inboxUri).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(inbox.statusCode()).isEqualTo(200);
            assertThat(inbox.body()).startsWith("[{\"uid\":").contains("\"subject\":\"保証書発行のお知らせ\"");
        }
    }

    @Test
    void startsWithoutApiByDefault() {
        try (EmbeddedMail mail = EmbeddedMail.start(0, 0)) {
            assertThat(mail.apiPort()).isEmpty();
            assertThat(mail.smtpPort()).isPositive().isNotEqualTo(mail.imapPort());
        }
    }

    @Test
    void smtpOutageRefusesMailWhileImapKeepsWhatArrivedBefore() throws Exception {
        try (EmbeddedMail mail = EmbeddedMail.start(0, 0)) {
            int smtpPort = mail.smtpPort();
            send(mail, "停止前");

            mail.stopSmtp();
            assertThat(mail.isSmtpRunning()).isFalse();
            assertThatThrownBy(() -> send(mail, smtpPort, "停止中")).isInstanceOf(MessagingException.class);
            assertThat(imapSubject(mail)).as("IMAP stays up during the SMTP outage").isEqualTo("停止前");

            mail.startSmtp();
            assertThat(mail.isSmtpRunning()).isTrue();
            assertThat(mail.smtpPort()).isEqualTo(smtpPort);
            send(mail, "再開後");
            assertThat(mail.messagesFor(RECIPIENT)).extracting(MimeMessage::getSubject)
                    .containsExactly("停止前", "再開後");
        }
    }

    private static void send(EmbeddedMail mail, String subject) throws Exception {
        send(mail, mail.smtpPort(), subject);
    }

    private static void send(EmbeddedMail mail, int smtpPort, String subject) throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", mail.host());
        smtp.put("mail.smtp.port", String.valueOf(smtpPort));
        smtp.put("mail.smtp.connectiontimeout", "2000");
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("noreply@esurety.example.jp"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(RECIPIENT));
        message.setSubject(subject, "UTF-8");
        message.setText("本文", "UTF-8");
        Transport.send(message);
    }

    private static String imapSubject(EmbeddedMail mail) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(mail.host(), mail.imapPort(), RECIPIENT, "any password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            return inbox.getMessages()[0].getSubject();
        } finally {
            store.close();
        }
    }
}
