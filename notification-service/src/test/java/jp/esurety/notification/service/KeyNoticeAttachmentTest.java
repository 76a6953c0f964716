package jp.esurety.notification.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.notification.support.Mailboxes;
import jp.esurety.notification.support.TestEvents;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.ReceivedMail;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Per surety company, the completion (and amendment) mail either carries the key notice PDF or only says where to
 * download it (the default). Mails are read back from the real SMTP/IMAP server.
 */
@QuarkusTest
class KeyNoticeAttachmentTest {

    /** Configured with {@code attach-key-notice=true} in the test configuration. */
    static final String ATTACHING_SURETY = "https://surety.attach.example.jp/issuers/attaching";
    static final String KEY = "Att4chedKey7";

    @Inject
    TestEvents events;

    @Test
    void aSuretyThatAttachesTheKeyNoticeSendsThePdfWithAJapaneseFileNameButNeverTheKeyInTheBody() throws Exception {
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        String mailbox = "tenpu-" + applicationId + "@omitama-kensetsu.example.jp";
        events.applicationSubmitted(applicationId, lineId, true, mailbox);
        events.certificateIssued(contractNumber, applicationId, lineId, KEY, ATTACHING_SURETY);
        events.certificateRegistered(contractNumber, 1, "2026-11-23T01:00:05Z");

        await().atMost(Duration.ofSeconds(30)).until(() -> !MailTestResource.inbox(mailbox).isEmpty());
        ReceivedMail mail = MailTestResource.inbox(mailbox).getFirst();
        assertThat(mail.subject()).isEqualTo("電子保証（認証キー）発行完了のお知らせ");
        assertThat(mail.text()).contains("(PDF) をこのメールに添付しました", contractNumber, "（添付の PDF に記載しています）");
        assertThat(mail.html()).contains("(PDF) をこのメールに添付しました", contractNumber);
        assertThat(mail.text() + mail.html()).as("the key is only in the PDF").doesNotContain(KEY);

        assertThat(mail.attachments()).hasSize(1);
        ReceivedMail.Attachment pdf = mail.attachments().getFirst();
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.filename()).isEqualTo("認証キーのお知らせ_" + contractNumber + ".pdf");
        assertThat(Mailboxes.attachmentDispositions(mailbox)).singleElement().asString()
                .as("RFC 2231 file name, not an encoded-word").startsWith("attachment;")
                .contains("filename*0*=UTF-8''%E8%AA%8D%E8%A8%BC").doesNotContain("=?");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(new PDFTextStripper().getText(document)).contains(contractNumber, KEY, "株式会社 小美玉建設",
                    "令和8年11月23日");
        }
    }

    @Test
    void theAmendmentMailOfAnAttachingSuretyCarriesTheNoticeOfTheNewVersion() throws Exception {
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        String mailbox = "henkou-tenpu-" + applicationId + "@omitama-kensetsu.example.jp";
        events.applicationSubmitted(applicationId, lineId, true, mailbox);
        events.certificateIssued(contractNumber, applicationId, lineId, KEY, ATTACHING_SURETY);
        events.certificateRegistered(contractNumber, 1, "2026-11-23T01:00:05Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> MailTestResource.inbox(mailbox).size() == 1);

        ObjectNode amended = events.example("CertificateAmended");
        amended.put("contractNumber", contractNumber).put("applicationId", applicationId.toString())
                .put("lineId", lineId.toString()).put("contractorId", "C0001");
        amended.set("sealedKeys", events.sealedForNotification(contractNumber, "N3wAttached2"));
        events.publish("issuance-events", "issuance", "CertificateAmended", contractNumber, amended);
        events.certificateRegistered(contractNumber, 2, "2027-01-15T02:00:00Z");

        await().atMost(Duration.ofSeconds(30)).until(() -> MailTestResource.inbox(mailbox).size() == 2);
        ReceivedMail mail = MailTestResource.inbox(mailbox).get(1);
        assertThat(mail.subject()).isEqualTo("電子保証（変更）発行完了のお知らせ");
        assertThat(mail.text()).contains("変更後の「電子保証にかかる「認証キー」のお知らせ」(PDF) をこのメールに添付しました")
                .doesNotContain("N3wAttached2");
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            try (PDDocument document = Loader.loadPDF(pdf.content())) {
                assertThat(new PDFTextStripper().getText(document)).contains("N3wAttached2", "令和9年1月15日")
                        .doesNotContain(KEY);
            }
        });
    }

    @Test
    void aSuretyWithoutTheSettingOnlyPointsToNetDesk() {
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        String mailbox = "netdesk-" + applicationId + "@omitama-kensetsu.example.jp";
        events.applicationSubmitted(applicationId, lineId, true, mailbox);
        events.certificateIssued(contractNumber, applicationId, lineId, KEY);
        events.certificateRegistered(contractNumber, 1, "2026-11-23T01:00:05Z");

        await().atMost(Duration.ofSeconds(30)).until(() -> !MailTestResource.inbox(mailbox).isEmpty());
        ReceivedMail mail = MailTestResource.inbox(mailbox).getFirst();
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.text()).contains("Net Desk にログインし", "ダウンロードのうえ", contractNumber)
                .doesNotContain("添付", KEY);
    }
}
