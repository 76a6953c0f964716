package jp.esurety.notification.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.notification.support.TestEvents;
import jp.esurety.platform.testing.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/** 保証料計算書 and 保証料返還計算書 rendered from events on first download, kept, and only for their contractor. */
@QuarkusTest
class DownloadingStatementTest {

    @Inject
    TestEvents events;

    @Test
    void premiumStatementIsRenderedOnFirstDownloadAndTheSameFileAfterwards() throws Exception {
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID statementId = UUID.randomUUID();
        events.applicationSubmitted(applicationId, UUID.randomUUID(), false, null);
        ObjectNode statement = events.example("PremiumStatementIssued");
        statement.put("statementId", statementId.toString()).put("contractNumber", contractNumber)
                .put("applicationId", applicationId.toString()).put("contractorId", "C0001");
        events.awaitProcessed(events.publish("issuance-events", "issuance", "PremiumStatementIssued", contractNumber,
                statement));

        // not ready until the application's names have arrived too (any order): then rendered once and kept
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.contractor("C0001"))
                .get("/api/documents-pdf/premium-statements/" + statementId).statusCode() == 200);
        byte[] first = download("/api/documents-pdf/premium-statements/" + statementId, "C0001");
        try (PDDocument pdf = Loader.loadPDF(first)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("保証料計算書", contractNumber, "前払金保証",
                    "20,000,000 円", "109 日", "48,000 円", "合計", "令和8年11月23日", "株式会社 小美玉建設");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("保証料計算書");
        }
        assertThat(download("/api/documents-pdf/premium-statements/" + statementId, "C0001"))
                .as("kept after the first rendering").isEqualTo(first);
        given().auth().oauth2(TestTokens.contractor("C0002")).get("/api/documents-pdf/premium-statements/" + statementId)
                .then().statusCode(404);
    }

    @Test
    void refundStatementOfACancelledGuaranteeOnlyForItsContractor() throws Exception {
        String contractNumber = TestEvents.newContractNumber();
        ObjectNode cancelled = events.example("GuaranteeCancelled");
        cancelled.put("contractNumber", contractNumber).put("contractorId", "C0001");
        events.awaitProcessed(events.publish("issuance-events", "issuance", "GuaranteeCancelled", contractNumber,
                cancelled));

        byte[] pdf = download("/api/documents-pdf/refund-statements/" + contractNumber, "C0001");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("保証料返還計算書", contractNumber,
                    "既収保証料", "-12,000 円", "36,000 円", "請負契約の解除");
        }
        given().auth().oauth2(TestTokens.contractor("C0002")).get("/api/documents-pdf/refund-statements/" + contractNumber)
                .then().statusCode(404);
        given().get("/api/documents-pdf/refund-statements/" + contractNumber).then().statusCode(401);
    }

    private static byte[] download(String path, String contractorId) {
        return given().auth().oauth2(TestTokens.contractor(contractorId)).get(path)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }
}
