package jp.esurety.notification.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.notification.support.TestEvents;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** 発注者への提出: the key notice PDF mailed to the orderer's submission address under its mandated subject. */
@QuarkusTest
class SubmittingKeyNoticeTest {

    static final String KEY = "Sbm7tKeyQ2xy";

    @Inject
    TestEvents events;

    @Test
    void theKeyNoticeIsMailedToTheOrderersSubmissionAddressAndRecorded() throws Exception {
        String ordererAddress = "keiyaku-" + UUID.randomUUID() + "@city.omitama.example.jp";
        String contractNumber = registeredNotice(ordererAddress);

        given().auth().oauth2(TestTokens.contractor("C0001")).post("/api/key-notices/" + contractNumber + "/submissions")
                .then().statusCode(201).body("recipient", equalTo(ordererAddress))
                .body("subject", equalTo("【電子保証】令和8年度 第123号 小美玉市道1-2345号線道路改良工事"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !MailTestResource.inbox(ordererAddress).isEmpty());
        ReceivedMail mail = MailTestResource.inbox(ordererAddress).getFirst();
        assertThat(mail.subject()).isEqualTo("【電子保証】令和8年度 第123号 小美玉市道1-2345号線道路改良工事");
        assertThat(mail.text()).contains("小美玉市長 御中", "株式会社 小美玉建設", contractNumber);
        assertThat(mail.attachments()).hasSize(1);
        assertThat(mail.attachments().getFirst().contentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(mail.attachments().getFirst().content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(contractNumber, KEY);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(TestTokens.contractor("C0001"))
                .get("/api/key-notices/" + contractNumber + "/submissions")
                .then().statusCode(200).body("[0].recipient", equalTo(ordererAddress))
                .body("[0].status", equalTo("SENT")).body("[0].sentAt", notNullValue()));
    }

    @Test
    void submissionIsRefusedWhenTheOrdererTakesNoMail() {
        String contractNumber = registeredNotice(null);

        given().auth().oauth2(TestTokens.contractor("C0001")).post("/api/key-notices/" + contractNumber + "/submissions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("電子メールでの提出を受け付けていません"))
                .body("detail", containsString("電子契約システムにアップロード"));
    }

    @Test
    void onlyTheOwningContractorSubmits() {
        String contractNumber = registeredNotice("keiyaku-" + UUID.randomUUID() + "@city.omitama.example.jp");

        given().auth().oauth2(TestTokens.contractor("C0002")).post("/api/key-notices/" + contractNumber + "/submissions")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor("C0002")).get("/api/key-notices/" + contractNumber + "/submissions")
                .then().statusCode(404);
    }

    /** Orderer ORD-082368 (小美玉市長) with this submission address; a completed key notice of contractor C0001. */
    private String registeredNotice(String ordererAddress) {
        ObjectNode orderer = events.example("OrdererUpdated");
        orderer.put("submissionAddress", ordererAddress);
        events.awaitProcessed(events.publish("registry-events", "registry", "OrdererUpdated", "ORD-082368", orderer));
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        events.applicationSubmitted(applicationId, lineId, false, null);
        events.certificateIssued(contractNumber, applicationId, lineId, KEY);
        events.certificateRegistered(contractNumber, 1, "2026-11-23T01:00:05Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.contractor("C0001"))
                .get("/api/key-notices/" + contractNumber).statusCode() == 200);
        return contractNumber;
    }
}
