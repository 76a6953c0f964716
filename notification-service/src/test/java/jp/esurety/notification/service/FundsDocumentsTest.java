package jp.esurety.notification.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jp.esurety.notification.messaging.InboundEvents;
import jp.esurety.notification.persistence.AdvanceClaimEntity;
import jp.esurety.notification.persistence.FundsWithdrawalEntity;
import jp.esurety.notification.support.TestEvents;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.inbox.DeadLetterPublisher;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.platform.testing.TopicReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 前払金請求書 and 前払金払出依頼書 from issuance's funds events through the real broker and database: the PDFs carry
 * the Japanese fields, only the contractor of the contract and the staff of its branch get them, a redelivered
 * event changes nothing and a malformed one goes to the dead-letter topic.
 */
@QuarkusTest
class FundsDocumentsTest {

    static final String OTHER_BRANCH = "10102";

    @Inject
    TestEvents events;

    @Inject
    EventCodec codec;

    @Test
    void advanceClaimIsAddressedToTheOrdererAndNamesTheDedicatedAccount() throws Exception {
        String contractNumber = TestEvents.newContractNumber();
        events.awaitProcessed(claimIssued(contractNumber, "2026-11-24T01:00:00Z", "1234567"));

        Response response = given().auth().oauth2(TestTokens.contractor("C0001"))
                .get("/api/documents-pdf/advance-claims/" + contractNumber);
        response.then().statusCode(200).contentType("application/pdf")
                .header("Cache-Control", "private, no-cache")
                .header("Content-Disposition", "attachment; filename=\"advance-claim-" + contractNumber
                        + ".pdf\"; filename*=UTF-8''%E5%89%8D%E6%89%95%E9%87%91%E8%AB%8B%E6%B1%82%E6%9B%B8_"
                        + contractNumber + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("前払金請求書", "小美玉市長 殿",
                    "株式会社 小美玉建設", "小美玉市道1-2345号線道路改良工事", contractNumber, "20,000,000 円",
                    "前払金専用口座", "常陽銀行（0131）", "小美玉支店（201）", "普通", "1234567", "(ｶ)ｵﾐﾀﾏｹﾝｾﾂ",
                    "令和8年11月24日", "前払金専用口座にのみお振込みください");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("前払金請求書");
            assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray()))
                    .contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>");
        }
    }

    @Test
    void onlyTheContractorAndTheStaffOfTheContractsBranchGetTheClaim() {
        String contractNumber = TestEvents.newContractNumber();
        events.awaitProcessed(claimIssued(contractNumber, "2026-11-24T01:00:00Z", "1234567"));
        String path = "/api/documents-pdf/advance-claims/" + contractNumber;
        String staffPath = "/api/documents-pdf/staff/advance-claims/" + contractNumber;

        given().auth().oauth2(TestTokens.contractor("C0002")).get(path).then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.equalTo("前払金請求書が見つかりません。"));
        given().get(path).then().statusCode(401);
        given().auth().oauth2(funds("10101")).get(staffPath).then().statusCode(200).contentType("application/pdf");
        given().auth().oauth2(TestTokens.underwriter("10101")).get(staffPath).then().statusCode(200);
        given().auth().oauth2(funds(OTHER_BRANCH)).get(staffPath).then().statusCode(404);
        given().auth().oauth2(TestTokens.underwriter(OTHER_BRANCH)).get(staffPath).then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor("C0001")).get(staffPath).then().statusCode(403);
    }

    @Test
    void aLaterClaimReplacesTheKeptOneAndAnOlderOneArrivingLateDoesNot() throws Exception {
        String contractNumber = TestEvents.newContractNumber();
        events.awaitProcessed(claimIssued(contractNumber, "2026-11-24T01:00:00Z", "1234567"));
        events.awaitProcessed(claimIssued(contractNumber, "2026-11-25T01:00:00Z", "7777777"));
        events.awaitProcessed(claimIssued(contractNumber, "2026-11-20T01:00:00Z", "1111111"));

        String text = text(download("/api/documents-pdf/advance-claims/" + contractNumber));
        assertThat(text).contains("7777777", "令和8年11月25日").doesNotContain("1234567", "1111111");
    }

    @Test
    void withdrawalRequestNamesTheClaimsAccountOncePresentAndShowsTheBalanceAfterIt() throws Exception {
        String contractNumber = TestEvents.newContractNumber();
        UUID withdrawalId = UUID.randomUUID();
        // the approval overtakes the claim: the document is still there, naming the account it will be
        events.awaitProcessed(withdrawalApproved(contractNumber, withdrawalId));
        String path = "/api/documents-pdf/withdrawals/" + withdrawalId;
        assertThat(text(download(path))).contains("前払金払出依頼書", "（前払金請求書の口座）", "預託金融機関 御中");

        events.awaitProcessed(claimIssued(contractNumber, "2026-11-24T01:00:00Z", "1234567"));
        Response response = given().auth().oauth2(TestTokens.contractor("C0001")).get(path);
        response.then().statusCode(200).header("Cache-Control", "private, no-cache")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith(
                        "attachment; filename=\"withdrawal-" + withdrawalId + ".pdf\"; filename*=UTF-8''"));
        String text = text(response.asByteArray());
        assertThat(text).contains("常陽銀行 小美玉支店 御中", "株式会社 小美玉建設", contractNumber,
                        "常陽銀行（0131）", "小美玉支店（201）", "普通  1234567", "(ｶ)ｵﾐﾀﾏｹﾝｾﾂ",
                        "3,000,000 円", "材料費", "株式会社 水戸資材", "金融機関コード 0131", "支店コード 001",
                        "当座  7654321", "(ｶ)ﾐﾄｼｻﾞｲ", "承認", "令和8年12月1日", "東日本建設業保証株式会社 茨城支店",
                        "前払金払出予定")
                .doesNotContain("（前払金請求書の口座）");
        assertThat(text.lines().map(String::strip))
                .contains("材料費 12,000,000 3,000,000 9,000,000", "労務費 6,000,000 0 6,000,000",
                        "未定 2,000,000 0 2,000,000", "合計 20,000,000 3,000,000 17,000,000");
    }

    @Test
    void onlyTheContractorAndTheStaffOfTheBranchGetTheWithdrawalRequest() {
        String contractNumber = TestEvents.newContractNumber();
        UUID withdrawalId = UUID.randomUUID();
        events.awaitProcessed(withdrawalApproved(contractNumber, withdrawalId));

        given().auth().oauth2(TestTokens.contractor("C0002")).get("/api/documents-pdf/withdrawals/" + withdrawalId)
                .then().statusCode(404);
        String staffPath = "/api/documents-pdf/staff/withdrawals/" + withdrawalId;
        given().auth().oauth2(funds("10101")).get(staffPath).then().statusCode(200).contentType("application/pdf");
        given().auth().oauth2(funds(OTHER_BRANCH)).get(staffPath).then().statusCode(404);
        given().auth().oauth2(funds("10101")).get("/api/documents-pdf/staff/withdrawals/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aRedeliveredOrRepublishedApprovalKeepsOneWithdrawal() {
        String contractNumber = TestEvents.newContractNumber();
        UUID withdrawalId = UUID.randomUUID();
        EventEnvelope approved = withdrawalApproved(contractNumber, withdrawalId);
        events.awaitProcessed(approved);
        events.redeliver("issuance-events", approved);
        EventEnvelope republished = withdrawalApproved(contractNumber, withdrawalId);
        events.awaitProcessed(republished);

        assertThat(QuarkusTransaction.requiringNew().call(() ->
                FundsWithdrawalEntity.count("contractNumber", contractNumber))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                FundsWithdrawalEntity.<FundsWithdrawalEntity>findById(withdrawalId).amount)).isEqualTo(3_000_000);
    }

    @Test
    void aMalformedFundsEventGoesToTheDeadLetterTopicAndKeepsNothing() {
        String contractNumber = TestEvents.newContractNumber();
        ObjectNode data = events.example("AdvanceClaimIssued");
        data.put("contractNumber", contractNumber);
        ((ObjectNode) data.get("depositAccount")).put("accountNumber", "12-34");
        // published as a faulty producer would: not validated before sending
        EventEnvelope malformed = codec.envelope("/esurety/test", EventTypes.of("issuance", "AdvanceClaimIssued"),
                contractNumber, Instant.now(), data);
        events.redeliver("issuance-events", malformed);

        String dlt = DeadLetterPublisher.topicFor("issuance-events", InboundEvents.GROUP);
        assertThat(TopicReader.read(dlt, Duration.ofSeconds(30), records -> records.stream().anyMatch(r ->
                malformed.id().toString().equals(TopicReader.header(r, KafkaHeaderNames.EVENT_ID)))))
                .anyMatch(r -> malformed.id().toString().equals(TopicReader.header(r, KafkaHeaderNames.EVENT_ID)));
        AdvanceClaimEntity kept = QuarkusTransaction.requiringNew().call(() ->
                AdvanceClaimEntity.findById(contractNumber));
        assertThat(kept).isNull();
    }

    @Test
    void fieldsTheDocumentsDoNotNeedAreIgnoredWhenReadingAnEvent() {
        ObjectNode data = events.example("WithdrawalApproved");
        data.put("approvedBy", "funds1");
        EventEnvelope event = codec.envelope("/esurety/test", EventTypes.of("issuance", "WithdrawalApproved"),
                "10101-000001", Instant.now(), data);
        assertThat(codec.dataAs(event, jp.esurety.notification.messaging.NotificationEvents.WithdrawalApproved.class)
                .amount()).isEqualTo(3_000_000);
    }

    private EventEnvelope claimIssued(String contractNumber, String issuedAt, String accountNumber) {
        ObjectNode data = events.example("AdvanceClaimIssued");
        data.put("claimId", UUID.randomUUID().toString()).put("contractNumber", contractNumber)
                .put("contractorId", "C0001").put("issuedAt", issuedAt);
        ((ObjectNode) data.get("depositAccount")).put("accountNumber", accountNumber);
        return events.publish("issuance-events", "issuance", "AdvanceClaimIssued", contractNumber, data);
    }

    private EventEnvelope withdrawalApproved(String contractNumber, UUID withdrawalId) {
        ObjectNode data = events.example("WithdrawalApproved");
        data.put("withdrawalId", withdrawalId.toString()).put("contractNumber", contractNumber)
                .put("contractorId", "C0001");
        return events.publish("issuance-events", "issuance", "WithdrawalApproved", contractNumber, data);
    }

    private static String funds(String branchCode) {
        return TestTokens.token("funds-" + branchCode, Set.of("funds"), Map.of("branch_code", branchCode));
    }

    private static byte[] download(String path) {
        return given().auth().oauth2(TestTokens.contractor("C0001")).get(path)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
