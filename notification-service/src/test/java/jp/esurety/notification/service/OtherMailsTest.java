package jp.esurety.notification.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.notification.persistence.HeldMailEntity;
import jp.esurety.notification.persistence.MailDeliveryEntity;
import jp.esurety.notification.support.TestEvents;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.ReceivedMail;
import jp.esurety.platform.testing.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every other message a contractor should get: amendment registered, returned, rejected, premium statement. */
@QuarkusTest
class OtherMailsTest {

    @Inject
    TestEvents events;

    @Test
    void amendmentRegisteredMailsTheContractorAndTheKeyNoticeMovesToTheNewVersionAndKey() throws Exception {
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        String mailbox = "henkou-" + applicationId + "@omitama-kensetsu.example.jp";
        events.applicationSubmitted(applicationId, lineId, true, mailbox);
        events.certificateIssued(contractNumber, applicationId, lineId, "Z28YUE4J3Bux");
        events.certificateRegistered(contractNumber, 1, "2026-11-23T01:00:05Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> MailTestResource.inbox(mailbox).size() == 1);

        // the registry may confirm version 2 before issuance's CertificateAmended is consumed
        events.certificateRegistered(contractNumber, 2, "2027-01-15T02:00:00Z");
        ObjectNode amended = events.example("CertificateAmended");
        amended.put("contractNumber", contractNumber).put("applicationId", applicationId.toString())
                .put("lineId", lineId.toString()).put("contractorId", "C0001");
        amended.set("sealedKeys", events.sealedForNotification(contractNumber, "N3wKeyAfter2"));
        events.publish("issuance-events", "issuance", "CertificateAmended", contractNumber, amended);

        await().atMost(Duration.ofSeconds(30)).until(() -> MailTestResource.inbox(mailbox).size() == 2);
        ReceivedMail mail = MailTestResource.inbox(mailbox).get(1);
        assertThat(mail.subject()).isEqualTo("電子保証（変更）発行完了のお知らせ");
        assertThat(mail.text()).contains(contractNumber, "変更1", "前払金保証").doesNotContain("N3wKeyAfter2");
        assertThat(mail.html()).contains(contractNumber);

        byte[] pdf = given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/key-notices/" + contractNumber)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("N3wKeyAfter2", "令和9年1月15日")
                    .doesNotContain("Z28YUE4J3Bux");
        }
    }

    @Test
    void aReissuedKeyIsOnTheKeyNoticeFromThenOn() throws Exception {
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        events.applicationSubmitted(applicationId, lineId, false, null);
        events.certificateIssued(contractNumber, applicationId, lineId, "Z28YUE4J3Bux");
        events.certificateRegistered(contractNumber, 1, "2026-11-23T01:00:05Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.contractor("C0001"))
                .get("/api/key-notices/" + contractNumber).statusCode() == 200);

        ObjectNode reissued = events.example("KeyReissued");
        reissued.put("contractNumber", contractNumber);
        reissued.set("sealedKeys", events.sealedForNotification(contractNumber, "Re1ssuedKey9"));
        events.awaitProcessed(events.publish("issuance-events", "issuance", "KeyReissued", contractNumber, reissued));

        byte[] pdf = given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/key-notices/" + contractNumber)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Re1ssuedKey9").doesNotContain("Z28YUE4J3Bux");
        }
    }

    @Test
    void aReturnedApplicationIsMailedEvenWhenTheReturnArrivesBeforeTheApplication() {
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        String mailbox = "sashimodoshi-" + applicationId + "@omitama-kensetsu.example.jp";
        ObjectNode returned = events.example("ApplicationReturned");
        returned.put("applicationId", applicationId.toString()).put("lineId", lineId.toString())
                .put("caseId", UUID.randomUUID().toString()).put("message", "工期の終了日をご確認ください。<確認>");
        events.awaitProcessed(events.publish("issuance-events", "issuance", "ApplicationReturned",
                applicationId.toString(), returned));
        assertThat(QuarkusTransaction.requiringNew().call(() -> HeldMailEntity.ofApplication(applicationId)))
                .as("held until the application's contact arrives").hasSize(1);

        events.applicationSubmitted(applicationId, lineId, true, mailbox);

        await().atMost(Duration.ofSeconds(30)).until(() -> !MailTestResource.inbox(mailbox).isEmpty());
        ReceivedMail mail = MailTestResource.inbox(mailbox).getFirst();
        assertThat(mail.subject()).isEqualTo("保証申込の差戻しのお知らせ");
        assertThat(mail.text()).contains("株式会社 小美玉建設 御中", "小美玉市道1-2345号線道路改良工事", "前払金保証",
                "工期の終了日をご確認ください。<確認>");
        assertThat(mail.html()).as("HTML-escaped").contains("工期の終了日をご確認ください。&lt;確認&gt;");
    }

    @Test
    void noMailWhenTheApplicationDidNotAskForMails() {
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        events.awaitProcessed(events.applicationSubmitted(applicationId, lineId, false,
                "nomail-" + applicationId + "@example.jp"));
        ObjectNode rejected = events.example("ApplicationRejected");
        rejected.put("applicationId", applicationId.toString()).put("lineId", lineId.toString())
                .put("caseId", UUID.randomUUID().toString());
        EventEnvelope event = events.publish("issuance-events", "issuance", "ApplicationRejected",
                applicationId.toString(), rejected);
        events.awaitProcessed(event);

        assertThat(QuarkusTransaction.requiringNew().call(() -> MailDeliveryEntity.count("applicationId", applicationId)
                + HeldMailEntity.count("applicationId", applicationId))).isZero();
    }

    @Test
    void aPremiumStatementIsAnnouncedByMail() {
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        String mailbox = "hoshouryou-" + applicationId + "@omitama-kensetsu.example.jp";
        events.applicationSubmitted(applicationId, lineId, true, mailbox);
        ObjectNode statement = events.example("PremiumStatementIssued");
        statement.put("statementId", UUID.randomUUID().toString()).put("contractNumber", contractNumber)
                .put("applicationId", applicationId.toString()).put("lineId", lineId.toString());
        events.publish("issuance-events", "issuance", "PremiumStatementIssued", contractNumber, statement);

        await().atMost(Duration.ofSeconds(30)).until(() -> !MailTestResource.inbox(mailbox).isEmpty());
        ReceivedMail mail = MailTestResource.inbox(mailbox).getFirst();
        assertThat(mail.subject()).isEqualTo("保証料計算書発行のお知らせ");
        assertThat(mail.text()).contains(contractNumber, "48,000円", "保証料計算書一覧", "取扱箇所：茨城支店");
    }
}
