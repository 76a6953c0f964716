package jp.esurety.issuance.service;

import jp.esurety.issuance.testsupport.IssuanceTestBase;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.esurety.issuance.domain.AutoApprovalRule;
import jp.esurety.issuance.persistence.AutoApprovalRuleEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;
import jp.esurety.issuance.testsupport.Submissions;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A case's life beyond one decision: paper lines with a free-text orderer, a returned (差戻し) case reopened by the
 * resubmission, a withdrawn (取下げ) application, and replicas seeding the demo master data together.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class CaseLifecycleTest extends IssuanceTestBase {

    static final String UNDERWRITER = TestTokens.underwriter("10101");

    @Inject
    DemoMasterData demoData;

    // --- paper lines: the orderer may be free text (issue 4: 発注者 free text allowed for paper only) ---

    @Test
    void paperLineWithAFreeTextOrdererBecomesAContractWithoutADirectoryId() {
        Submissions.Sent sent = submissions.submit(d -> {
            ((ObjectNode) Submissions.work(d).get("obligee")).putNull("ordererId").put("name", "茨城県土浦土木事務所長");
            Submissions.line(d).put("format", "PAPER");
        });

        GuaranteeContractEntity contract = Submissions.awaitContract(sent.lineId());
        assertThat(contract.obligeeId).isNull();
        assertThat(contract.obligeeName).isEqualTo("茨城県土浦土木事務所長");
        EventEnvelope issued = submissions.events(contract.contractNumber, "CertificateIssued", 1).getFirst();
        schemas.validate(issued);
        assertThat(issued.data().get("format").asText()).isEqualTo("PAPER");
        assertThat(issued.data().at("/obligee/ordererId").isNull()).isTrue();
        assertThat(issued.data().at("/obligee/name").asText()).isEqualTo("茨城県土浦土木事務所長");
        assertThat(issued.data().at("/credential/credentialSubject/obligee/name").asText())
                .isEqualTo("茨城県土浦土木事務所長");
        assertThat(issued.data().get("sealedKeys")).isEmpty();
    }

    @Test
    void ordererAcceptsElectronicSuretyRuleDoesNotApplyToPaper() {
        Submissions.Sent sent = submissions.submit(d -> {
            ((ObjectNode) Submissions.work(d).get("obligee")).putNull("ordererId").put("name", "笠間市長");
            Submissions.work(d).put("electronicPermitted", false);
            Submissions.line(d).put("format", "PAPER");
        });

        UnderwritingCaseEntity kase = Submissions.awaitCase(sent.lineId());
        assertThat(kase.status).isEqualTo("APPROVED");
        assertThat(kase.autoDecided).isTrue();
    }

    // --- 差戻し → 再申込: the same case again ---

    @Test
    void returnedCaseReopensWhenTheApplicationIsResubmitted() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 140_000_000L));
        UUID caseId = awaitStatus(sent.lineId(), "UNDER_REVIEW").caseId;
        returnCase(caseId, "保証金額をご確認のうえ、再申込をお願いします。");

        submissions.resend(sent.envelope(), d -> {
            d.put("resubmission", true);
            Submissions.line(d).put("guaranteeAmount", 20_000_000L);
        });

        UnderwritingCaseEntity kase = awaitStatus(sent.lineId(), "APPROVED");
        assertThat(kase.caseId).as("same case").isEqualTo(caseId);
        assertThat(kase.autoDecided).isTrue();
        assertThat(kase.guaranteeAmount).isEqualTo(20_000_000L);
        assertThat(casesOfLine(sent.lineId())).as("no second case").isEqualTo(1);
        assertThat(Submissions.awaitContract(sent.lineId()).guaranteeAmount).isEqualTo(20_000_000L);
        given().auth().oauth2(UNDERWRITER).get("/api/underwriting/cases/{id}", caseId).then().statusCode(200)
                .body("summary.status", equalTo("APPROVED"))
                .body("history.size()", equalTo(1))
                .body("history[0].round", equalTo(1))
                .body("history[0].status", equalTo("RETURNED"))
                .body("history[0].decisionNote", equalTo("保証金額をご確認のうえ、再申込をお願いします。"))
                .body("history[0].guaranteeAmount", equalTo(140000000))
                .body("history[0].reasons[0]", equalTo(AutoApprovalRule.OVER_MAXIMUM))
                .body("history[0].submission.lines[0].guaranteeAmount", equalTo(140000000));
    }

    @Test
    void resubmittedCaseThatStillNeedsAPersonGoesBackToTheQueue() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 141_000_000L));
        UUID caseId = awaitStatus(sent.lineId(), "UNDER_REVIEW").caseId;
        returnCase(caseId, "工期をご確認ください。");

        submissions.resend(sent.envelope(), d -> {
            d.put("resubmission", true);
            Submissions.work(d).put("periodTo", "2027-03-31");
        });

        UnderwritingCaseEntity kase = awaitStatus(sent.lineId(), "UNDER_REVIEW");
        assertThat(kase.caseId).isEqualTo(caseId);
        assertThat(submissions.events(sent.applicationId().toString(), "ApplicationUnderReview", 2))
                .as("announced again").hasSize(2);
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{\"note\": \"再申込を確認\"}")
                .post("/api/underwriting/cases/{id}/approve", caseId).then().statusCode(200);
        assertThat(Submissions.awaitContract(sent.lineId()).periodTo).hasToString("2027-03-31");
        assertThat(casesOfLine(sent.lineId())).isEqualTo(1);
    }

    @Test
    void submissionWithoutTheResubmissionFlagDoesNotReopenAReturnedCase() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 142_000_000L));
        UUID caseId = awaitStatus(sent.lineId(), "UNDER_REVIEW").caseId;
        returnCase(caseId, "差戻し");

        Submissions.awaitProcessed(submissions.resend(sent.envelope(),
                d -> Submissions.line(d).put("guaranteeAmount", 20_000_000L)));

        assertThat(caseOf(sent.lineId()).status).isEqualTo("RETURNED");
    }

    @Test
    void returnedAmendmentReopensWhenItIsRequestedAgain() {
        String no = Submissions.awaitContract(submissions.submit(d -> { }).lineId()).contractNumber;
        UUID amendment = UUID.randomUUID();
        requestAmendment(no, amendment, 150_000_000L);
        UUID caseId = awaitStatus(amendment, "UNDER_REVIEW").caseId;
        returnCase(caseId, "増額の理由を添えて再申込をお願いします。");

        requestAmendment(no, amendment, 24_000_000L);

        UnderwritingCaseEntity kase = awaitStatus(amendment, "APPROVED");
        assertThat(kase.caseId).isEqualTo(caseId);
        assertThat(kase.kind).isEqualTo("AMENDMENT");
        assertThat(submissions.events(no, "CertificateAmended", 1).getFirst().data()
                .at("/credential/credentialSubject/guaranteeAmount").asLong()).isEqualTo(24_000_000L);
        given().auth().oauth2(UNDERWRITER).get("/api/underwriting/cases/{id}", caseId).then().statusCode(200)
                .body("history.size()", equalTo(1)).body("history[0].status", equalTo("RETURNED"))
                .body("history[0].submission.newGuaranteeAmount", equalTo(150000000));
    }

    // --- 取下げ ---

    @Test
    void withdrawnApplicationClosesItsOpenCasesWithoutAContract() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 143_000_000L));
        UUID caseId = awaitStatus(sent.lineId(), "UNDER_REVIEW").caseId;

        withdraw(sent);

        UnderwritingCaseEntity kase = awaitStatus(sent.lineId(), "WITHDRAWN");
        assertThat(kase.decisionNote).isEqualTo("発注者との契約が延期になったため");
        assertThat(QuarkusTransaction.requiringNew().call(() -> GuaranteeContractEntity.existsForLine(sent.lineId())))
                .isFalse();
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{}")
                .post("/api/underwriting/cases/{id}/approve", caseId).then().statusCode(409)
                .body("detail", equalTo("この申込はお客様により取り下げられました。"));
        given().auth().oauth2(UNDERWRITER).queryParam("status", "WITHDRAWN").queryParam("workName", "小美玉市道")
                .get("/api/underwriting/cases").then().statusCode(200);
    }

    @Test
    void withdrawalOfAReturnedApplicationClosesItsCase() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 144_000_000L));
        UUID caseId = awaitStatus(sent.lineId(), "UNDER_REVIEW").caseId;
        returnCase(caseId, "差戻し");

        withdraw(sent);

        awaitStatus(sent.lineId(), "WITHDRAWN");
    }

    @Test
    void withdrawalIsIdempotent() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 145_000_000L));
        awaitStatus(sent.lineId(), "UNDER_REVIEW");
        withdraw(sent);
        UnderwritingCaseEntity first = awaitStatus(sent.lineId(), "WITHDRAWN");

        Submissions.awaitProcessed(withdraw(sent)); // a new event for the same withdrawal

        UnderwritingCaseEntity again = caseOf(sent.lineId());
        assertThat(again.status).isEqualTo("WITHDRAWN");
        assertThat(again.decidedAt).isEqualTo(first.decidedAt);
    }

    @Test
    void withdrawalAfterTheDecisionChangesNothing() {
        Submissions.Sent sent = submissions.submit(d -> { });
        GuaranteeContractEntity contract = Submissions.awaitContract(sent.lineId());

        Submissions.awaitProcessed(withdraw(sent));

        assertThat(caseOf(sent.lineId()).status).isEqualTo("APPROVED");
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", contract.contractNumber)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    // --- replicas starting together ---

    @Test
    void replicasSeedingTheDemoDataTogetherTakeTurns() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            AutoApprovalRuleEntity.delete("branchCode = ?1 and productType = ?2", "10101", "BID_BOND");
            jp.esurety.issuance.persistence.ContractorEntity.deleteById("C0002");
        });
        int replicas = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    demoData.seed();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(); // throws if a replica collided with another
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                AutoApprovalRuleEntity.count("branchCode = ?1 and productType = ?2", "10101", "BID_BOND")))
                .isEqualTo(1);
        assertThat(submissions.events("C0002", "ContractorRegistered", 1)).isNotEmpty();
    }

    // --- helpers ---

    private void returnCase(UUID caseId, String message) {
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON)
                .body("{\"message\": \"" + message + "\"}")
                .post("/api/underwriting/cases/{id}/return", caseId).then().statusCode(204);
    }

    private ObjectNode withdraw(Submissions.Sent sent) {
        return submissions.sendExample("ApplicationWithdrawn", sent.applicationId().toString(), d -> {
            d.put("applicationId", sent.applicationId().toString());
            d.putArray("lineIds").add(sent.lineId().toString());
        });
    }

    private void requestAmendment(String contractNumber, UUID applicationId, long newAmount) {
        submissions.sendExample("AmendmentRequested", contractNumber, d -> {
            d.put("applicationId", applicationId.toString());
            d.put("contractNumber", contractNumber);
            d.put("lineId", applicationId.toString());
            d.put("newGuaranteeAmount", newAmount);
            d.putNull("newContractAmount");
        });
    }

    private static UnderwritingCaseEntity awaitStatus(UUID lineId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> caseOrNull(lineId),
                k -> k != null && status.equals(k.status));
    }

    private static UnderwritingCaseEntity caseOrNull(UUID lineId) {
        return QuarkusTransaction.requiringNew().call(() -> UnderwritingCaseEntity.forLine(lineId).orElse(null));
    }

    private static UnderwritingCaseEntity caseOf(UUID lineId) {
        return caseOrNull(lineId);
    }

    private static long casesOfLine(UUID lineId) {
        return QuarkusTransaction.requiringNew().call(() -> UnderwritingCaseEntity.count("lineId", lineId));
    }
}
