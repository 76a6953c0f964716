package jp.esurety.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

class MailTestResourceTest {

    private static final byte[] PDF = "%PDF-1.7 保証書".getBytes(StandardCharsets.UTF_8);

    @Test
    void configuresTheRealMailerAndReadsJapaneseMailBack() throws Exception {
        Map<String, String> config = new MailTestResource().start();

        assertThat(config).containsEntry("quarkus.mailer.mock", "false")
                .containsEntry("quarkus.mailer.start-tls", "DISABLED")
                .containsEntry("quarkus.mailer.from", MailTestResource.DEFAULT_FROM);
        assertThat(new MailTestResource().start()).isEqualTo(config);

        send(config, "sato@kensetsu.example.jp");

        assertThat(MailTestResource.inbox("sato@kensetsu.example.jp")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("【電子保証】保証書発行のお知らせ");
            assertThat(mail.from()).isEqualTo("noreply@esurety.example.jp");
            assertThat(mail.fromName()).isEqualTo("電子保証サービス");
            assertThat(mail.to()).containsExactly("sato@kensetsu.example.jp");
            assertThat(mail.text()).isEqualTo("佐藤様\r\n保証書を発行しました。");
            assertThat(mail.html()).isEqualTo("<p>佐藤様</p>");
            assertThat(mail.attachments()).hasSize(2);
            assertThat(mail.attachments().get(0).filename()).isEqualTo("保証書.pdf");
            assertThat(mail.attachments().get(0).contentType()).isEqualTo("application/pdf");
            assertThat(mail.attachments().get(0).content()).isEqualTo(PDF);
            assertThat(mail.attachments().get(1).filename()).isEqualTo("認証キー通知書.pdf");
        });
        assertThat(MailTestResource.inbox("nobody@kensetsu.example.jp")).isEmpty();
    }

    @Test
    void usesTheServerNamedInTheEnvironment() {
        MailServer server = MailServer.resolve(Map.of(MailServer.ENV_HOST, "smtp.ci",
                MailServer.ENV_SMTP_PORT, "2525")::get);
        assertThat(server.smtpPort()).isEqualTo(2525);
        assertThat(server.imapPort()).isZero();
    }

    /** ISO-2022-JP text, UTF-8 HTML, one encoded-word and one RFC 2231 attachment name, as Japanese mailers do. */
    private static void send(Map<String, String> config, String to) throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", config.get("quarkus.mailer.host"));
        smtp.put("mail.smtp.port", config.get("quarkus.mailer.port"));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("noreply@esurety.example.jp", "電子保証サービス", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("【電子保証】保証書発行のお知らせ", "ISO-2022-JP");

        MimeBodyPart text = new MimeBodyPart();
        text.setText("佐藤様\r\n保証書を発行しました。", "ISO-2022-JP");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>佐藤様</p>", "UTF-8", "html");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(new MimeMultipart("alternative", text, html));

        message.setContent(new MimeMultipart(body,
                attachment(MimeUtility.encodeText("保証書.pdf", "UTF-8", "B")),
                attachment("認証キー通知書.pdf")));
        Transport.send(message);
    }

    private static MimeBodyPart attachment(String fileName) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(PDF, "application/pdf")));
        part.setFileName(fileName);
        return part;
    }
}
