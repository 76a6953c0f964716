package jp.esurety.issuance.service;

import jp.esurety.issuance.testsupport.IssuanceTestBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.esurety.issuance.domain.AutoApprovalRule;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.StaffAuditEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
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

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Underwriting cases: the automatic rules (one test each) and the underwriter queue, scoped to its branch. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class UnderwritingTest extends IssuanceTestBase {

    /** A second branch without automatic rules: every line waits for its own underwriters. */
    static final String OTHER_BRANCH = "20202";


    @BeforeEach
    void setUp() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (SuretyBranchEntity.findByIdOptional(OTHER_BRANCH).isEmpty()) {
                SuretyBranchEntity b = new SuretyBranchEntity();
                b.branchCode = OTHER_BRANCH;
                b.name = "千葉支店";
                b.companyName = "東日本建設業保証株式会社";
                b.address = "千葉県千葉市中央区1-1";
                b.tel = "043-000-0000";
                b.fax = "043-000-0001";
                b.announcedAt = java.time.Instant.now();
                b.persist();
            }
        });
    }

    @Test
    void lineWithinTheBranchRulesIsApprovedAutomatically() {
        Submissions.Sent sent = submissions.submit(d -> { });

        UnderwritingCaseEntity kase = Submissions.awaitCase(sent.lineId());
        assertThat(kase.status).isEqualTo("APPROVED");
        assertThat(kase.autoDecided).isTrue();
        GuaranteeContractEntity contract = Submissions.awaitContract(sent.lineId());
        assertThat(contract.status).as("一括納付 of a registered contractor is settled at once").isEqualTo("ACTIVE");
        EventEnvelope approved = submissions.events(sent.applicationId().toString(), "ApplicationApproved", 1).getFirst();
        assertThat(approved.data().get("autoApproved").asBoolean()).isTrue();
        assertThat(approved.data().get("premium").asLong()).isEqualTo(48_000L);
    }

    @Test
    void amountAboveTheBranchMaximumGoesToTheUnderwriterQueue() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 150_000_000L));
        assertUnderReview(sent, AutoApprovalRule.OVER_MAXIMUM);
    }

    @Test
    void unknownContractorGoesToTheUnderwriterQueue() {
        Submissions.Sent sent = submissions.submit(d -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                d.get("contractor")).put("contractorId", "C9999").put("name", "未登録建設 株式会社"));
        assertUnderReview(sent, AutoApprovalRule.UNKNOWN_CONTRACTOR);
    }

    @Test
    void electronicLineForAWorkTheOrdererDoesNotAllowGoesToTheUnderwriterQueue() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.work(d).put("electronicPermitted", false));
        assertUnderReview(sent, AutoApprovalRule.ELECTRONIC_NOT_PERMITTED);
    }

    @Test
    void productWithoutAnAutomaticRuleGoesToTheUnderwriterQueue() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("productType", "INTERIM_ADVANCE_PAYMENT"));
        assertUnderReview(sent, AutoApprovalRule.NO_RULE);
    }

    @Test
    void underwriterApprovesACaseOfItsBranchAndTheCertificateIsIssued() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 120_000_000L));
        UUID caseId = assertUnderReview(sent, AutoApprovalRule.OVER_MAXIMUM);

        String contractNumber = given().auth().oauth2(TestTokens.underwriter("10101")).contentType(ContentType.JSON)
                .body("{\"note\": \"財務内容確認済み\"}")
                .post("/api/underwriting/cases/{id}/approve", caseId)
                .then().statusCode(200).extract().path("contractNumber");

        assertThat(contractNumber).matches("10101-[0-9]{6}");
        EventEnvelope approved = submissions.events(sent.applicationId().toString(), "ApplicationApproved", 1).getFirst();
        assertThat(approved.data().get("autoApproved").asBoolean()).isFalse();
        assertThat(submissions.events(contractNumber, "CertificateIssued", 1)).hasSize(1);
        assertAudited("CASE_APPROVED", caseId);
    }

    @Test
    void underwriterRejectsACaseWithAReason() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 130_000_000L));
        UUID caseId = assertUnderReview(sent, AutoApprovalRule.OVER_MAXIMUM);

        given().auth().oauth2(TestTokens.underwriter("10101")).contentType(ContentType.JSON)
                .body("{\"reason\": \"保証限度額を超えるため、お引き受けできません。\"}")
                .post("/api/underwriting/cases/{id}/reject", caseId).then().statusCode(204);

        EventEnvelope rejected = submissions.events(sent.applicationId().toString(), "ApplicationRejected", 1).getFirst();
        schemas.validate(rejected);
        assertThat(rejected.data().get("reason").asText()).isEqualTo("保証限度額を超えるため、お引き受けできません。");
        assertThat(caseStatus(caseId)).isEqualTo("REJECTED");
        assertAudited("CASE_REJECTED", caseId);
    }

    @Test
    void underwriterReturnsACaseToTheContractorWithAMessage() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 140_000_000L));
        UUID caseId = assertUnderReview(sent, AutoApprovalRule.OVER_MAXIMUM);

        given().auth().oauth2(TestTokens.underwriter("10101")).contentType(ContentType.JSON)
                .body("{\"message\": \"工期の終了日をご確認のうえ、再申込をお願いします。\"}")
                .post("/api/underwriting/cases/{id}/return", caseId).then().statusCode(204);

        EventEnvelope returned = submissions.events(sent.applicationId().toString(), "ApplicationReturned", 1).getFirst();
        schemas.validate(returned);
        assertThat(returned.data().get("message").asText()).startsWith("工期の終了日");
        assertThat(caseStatus(caseId)).isEqualTo("RETURNED");
        assertAudited("CASE_RETURNED", caseId);
    }

    @Test
    void rejectionWithoutAReasonIsRefused() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 150_000_001L));
        UUID caseId = assertUnderReview(sent, AutoApprovalRule.OVER_MAXIMUM);
        given().auth().oauth2(TestTokens.underwriter("10101")).contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .post("/api/underwriting/cases/{id}/reject", caseId)
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(caseStatus(caseId)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void decidedCaseCannotBeDecidedAgain() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("guaranteeAmount", 150_000_002L));
        UUID caseId = assertUnderReview(sent, AutoApprovalRule.OVER_MAXIMUM);
        String token = TestTokens.underwriter("10101");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"reason\": \"否決\"}")
                .post("/api/underwriting/cases/{id}/reject", caseId).then().statusCode(204);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .post("/api/underwriting/cases/{id}/approve", caseId).then().statusCode(409);
    }

    @Test
    void underwriterSeesAndDecidesOnlyCasesOfItsOwnBranch() {
        String work = "千葉県道工事 " + UUID.randomUUID();
        Submissions.Sent sent = submissions.submit(d -> {
            d.put("branchCode", OTHER_BRANCH);
            Submissions.work(d).put("name", work);
        });
        UUID caseId = assertUnderReview(sent, AutoApprovalRule.NO_RULE);
        String ibaraki = TestTokens.underwriter("10101");
        String chiba = TestTokens.underwriter(OTHER_BRANCH);

        given().auth().oauth2(ibaraki).queryParam("workName", work).get("/api/underwriting/cases")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(ibaraki).get("/api/underwriting/cases/{id}", caseId).then().statusCode(404);
        given().auth().oauth2(ibaraki).contentType(ContentType.JSON).body("{}")
                .post("/api/underwriting/cases/{id}/approve", caseId).then().statusCode(404);
        given().auth().oauth2(ibaraki).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post("/api/underwriting/cases/{id}/reject", caseId).then().statusCode(404);

        given().auth().oauth2(chiba).queryParam("workName", work).get("/api/underwriting/cases")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].caseId", equalTo(caseId.toString()));
        given().auth().oauth2(chiba).get("/api/underwriting/cases/{id}", caseId).then().statusCode(200)
                .body("summary.reasons", hasItem(AutoApprovalRule.NO_RULE))
                .body("submission.work.name", equalTo(work));
        String contractNumber = given().auth().oauth2(chiba).contentType(ContentType.JSON).body("{}")
                .post("/api/underwriting/cases/{id}/approve", caseId).then().statusCode(200)
                .extract().path("contractNumber");
        assertThat(contractNumber).as("numbered by the branch that approved").startsWith(OTHER_BRANCH + "-");
    }

    @Test
    void queueIsFilteredAndPagedWithTheTotalCount() {
        String work = "ページング確認工事 " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            Submissions.Sent sent = submissions.submit(d -> {
                Submissions.line(d).put("guaranteeAmount", 200_000_000L);
                Submissions.work(d).put("name", work);
            });
            Submissions.awaitCase(sent.lineId());
        }
        String token = TestTokens.underwriter("10101");
        given().auth().oauth2(token).queryParam("workName", work).queryParam("size", 2).queryParam("page", 2)
                .get("/api/underwriting/cases").then().statusCode(200)
                .body("total", equalTo(3)).body("pageCount", equalTo(2)).body("items.size()", equalTo(1))
                .body("summary", equalTo("全2ページ(3件)中の2ページ目を表示しています"));
        given().auth().oauth2(token).queryParam("workName", work).queryParam("productType", "CONTRACT")
                .get("/api/underwriting/cases").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(token).queryParam("workName", work).queryParam("status", "APPROVED")
                .get("/api/underwriting/cases").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void onlyUnderwritersUseTheQueue() {
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/underwriting/cases").then().statusCode(403);
        given().get("/api/underwriting/cases").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("nobranch", java.util.Set.of("underwriter"), java.util.Map.of()))
                .get("/api/underwriting/cases").then().statusCode(403);
    }

    private UUID assertUnderReview(Submissions.Sent sent, String reason) {
        UnderwritingCaseEntity kase = Submissions.awaitCase(sent.lineId());
        assertThat(kase.status).isEqualTo("UNDER_REVIEW");
        assertThat(kase.reasons).contains(reason);
        EventEnvelope review = submissions.events(sent.applicationId().toString(), "ApplicationUnderReview", 1).getFirst();
        schemas.validate(review);
        assertThat(review.data().get("caseId").asText()).isEqualTo(kase.caseId.toString());
        List<String> reasons = new java.util.ArrayList<>();
        review.data().get("reasons").forEach(r -> reasons.add(r.asText()));
        assertThat(reasons).contains(reason);
        assertThat(QuarkusTransaction.requiringNew().call(() -> GuaranteeContractEntity.count("lineId", sent.lineId())))
                .as("no contract before a person decides").isZero();
        return kase.caseId;
    }

    private static String caseStatus(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() ->
                UnderwritingCaseEntity.<UnderwritingCaseEntity>findById(caseId).status);
    }

    private static void assertAudited(String action, UUID caseId) {
        StaffAuditEntity audit = QuarkusTransaction.requiringNew().call(() -> StaffAuditEntity
                .<StaffAuditEntity>find("action = ?1 and target = ?2", action, caseId.toString()).firstResult());
        assertThat(audit).as("audit of " + action).isNotNull();
        assertThat(audit.actor).isEqualTo("underwriter-10101");
        assertThat(audit.role).isEqualTo("underwriter");
    }
}
