package jp.esurety.issuance.service;

import jp.esurety.issuance.testsupport.IssuanceTestBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.esurety.issuance.config.IssuanceKeys;
import jp.esurety.issuance.persistence.AuthenticationKeyEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;
import jp.esurety.platform.crypto.KeySealer;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.crypto.SealedSecret;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.outbox.Outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Changes of a contract: 変更 (same key and format), 訂正 and 変更取消 (hidden), 解約 with refund, expiry, key reissue. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class ContractChangesTest extends IssuanceTestBase {


    @Inject
    IssuanceKeys keys;
    @Inject
    Outbox outbox;

    static final String UNDERWRITER = TestTokens.underwriter("10101");

    private String newContract() {
        return Submissions.awaitContract(submissions.submit(d -> { }).lineId()).contractNumber;
    }

    private UUID requestAmendment(String contractNumber, Long newAmount, Long newContractAmount) {
        return requestAmendment(contractNumber, newAmount, newContractAmount, null);
    }

    private UUID requestTermChange(String contractNumber, String newGuaranteeEnd) {
        UUID applicationId = UUID.randomUUID();
        submissions.sendExample("AmendmentRequested", contractNumber, d -> {
            d.put("applicationId", applicationId.toString());
            d.put("contractNumber", contractNumber);
            d.put("lineId", applicationId.toString());
            d.put("changeType", "TERM_CHANGE");
            d.putNull("newGuaranteeAmount");
            d.put("newGuaranteeEnd", newGuaranteeEnd);
            d.putNull("newContractAmount");
        });
        return applicationId;
    }

    private UUID requestAmendment(String contractNumber, Long newAmount, Long newContractAmount, String changeType) {
        ObjectNode envelope = (ObjectNode) schemas.example("AmendmentRequested").deepCopy();
        UUID applicationId = UUID.randomUUID();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("subject", contractNumber);
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.put("applicationId", applicationId.toString());
        data.put("contractNumber", contractNumber);
        if (data.has("lineId")) {
            data.put("lineId", applicationId.toString()); // the amendment's own line (here: same id)
        }
        if (newAmount == null) {
            data.putNull("newGuaranteeAmount");
            data.put("changeType", "TERM_CHANGE");
        } else {
            data.put("newGuaranteeAmount", newAmount);
        }
        if (changeType != null) {
            data.put("changeType", changeType);
        }
        if (newContractAmount == null) {
            data.putNull("newContractAmount");
        } else {
            data.put("newContractAmount", newContractAmount);
        }
        schemas.validate(codec.parse(envelope.toString()));
        producer.sendAndWait("application-events", contractNumber, envelope.toString(),
                Map.of(KafkaHeaderNames.EVENT_ID, envelope.get("id").asText()));
        return applicationId;
    }

    @Test
    void amendmentKeepsTheKeyAndTheFormat() {
        String no = newContract();
        String keyBefore = storedKey(no);
        UUID amendment = requestAmendment(no, 24_000_000L, 60_000_000L);

        EventEnvelope amended = submissions.events(no, "CertificateAmended", 1).getFirst();
        schemas.validate(amended);
        JsonNode data = amended.data();
        assertThat(data.get("version").asInt()).isEqualTo(2);
        assertThat(data.get("sequence").asInt()).isEqualTo(1);
        assertThat(data.get("format").asText()).isEqualTo("ELECTRONIC");
        assertThat(data.get("amendmentApplicationId").asText()).isEqualTo(amendment.toString());
        assertThat(data.at("/credential/credentialSubject/guaranteeAmount").asLong()).isEqualTo(24_000_000L);
        assertThat(data.at("/credential/credentialSubject/amendmentLabel").asText()).isEqualTo("変更 (第1回)");
        assertThat(unsealForRegistry(data.get("sealedKeys"), no)).as("same key").isEqualTo(keyBefore);
        assertThat(storedKey(no)).isEqualTo(keyBefore);
        EventEnvelope approved = submissions.events(amendment.toString(), "ApplicationApproved", 1).getFirst();
        assertThat(approved.data().get("contractNumber").asText()).isEqualTo(no);

        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", no).then().statusCode(200)
                .body("guaranteeAmount", equalTo(24000000)).body("history.size()", equalTo(2))
                .body("history[1].versionLabel", equalTo("変更")).body("authenticationKey", equalTo(keyBefore));
    }

    @Test
    void approvedIncreaseIsChargedTheAdditionalPremium() {
        String no = newContract(); // 20,000,000 for 109 days: 48,000 (docs/premiums.md example 1)
        UUID amendment = requestAmendment(no, 24_000_000L, null);

        EventEnvelope approved = submissions.events(amendment.toString(), "ApplicationApproved", 1).getFirst();
        schemas.validate(approved);
        assertThat(approved.data().get("premium").asLong()).as("example A1").isEqualTo(9_600L);
        EventEnvelope statement = submissions.events(no, "PremiumStatementIssued", 2).get(1);
        schemas.validate(statement);
        assertThat(statement.data().get("applicationId").asText()).isEqualTo(amendment.toString());
        assertThat(statement.data().get("premium").asLong()).isEqualTo(9_600L);
        assertThat(statement.data().get("total").asLong()).isEqualTo(9_600L);
        assertThat(statement.data().get("lines").findValuesAsText("label")).contains("既収保証料", "追加保証料");
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", no).then()
                .body("premium", equalTo(57600));
        given().auth().oauth2(TestTokens.contractor("C0001")).queryParam("size", 100).get("/api/premiums/statements")
                .then().statusCode(200)
                .body("items.findAll { it.contractNumber == '" + no + "' }.kind", hasItem("AMENDMENT"));
    }

    @Test
    void approvedDecreaseCostsNothingAndReturnsNothing() {
        String no = newContract();
        UUID amendment = requestAmendment(no, 15_000_000L, null, "DECREASE");

        EventEnvelope approved = submissions.events(amendment.toString(), "ApplicationApproved", 1).getFirst();
        assertThat(approved.data().get("premium").asLong()).as("example A3").isZero();
        EventEnvelope statement = submissions.events(no, "PremiumStatementIssued", 2).get(1);
        assertThat(statement.data().get("total").asLong()).isZero();
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", no).then()
                .body("premium", equalTo(48000)).body("guaranteeAmount", equalTo(15000000));
    }

    @Test
    void secondChangeIsChargedAgainstEverythingAlreadyCharged() {
        String no = newContract();
        requestAmendment(no, 24_000_000L, null);
        submissions.events(no, "CertificateAmended", 1);
        UUID second = requestTermChange(no, "2027-06-30");

        EventEnvelope approved = submissions.events(second.toString(), "ApplicationApproved", 1).getFirst();
        assertThat(approved.data().get("premium").asLong()).as("example A6").isEqualTo(26_400L);
    }

    @Test
    void changeOfTheContractAmountAloneNeedsNoCertificateChange() {
        String no = newContract();
        UUID amendment = requestAmendment(no, null, 70_000_000L);
        UnderwritingCaseEntity kase = Submissions.awaitCase(amendment);
        assertThat(kase.status).isEqualTo("APPROVED");
        assertThat(kase.decisionNote).isEqualTo(AmendingContract.CONTRACT_AMOUNT_ONLY);
        GuaranteeContractEntity c = Submissions.awaitContract(contractLine(no));
        assertThat(c.contractAmount).isEqualTo(70_000_000L);
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", no).then()
                .body("history.size()", equalTo(1));
    }

    @Test
    void amendmentAboveTheAutomaticMaximumIsDecidedByTheUnderwriter() {
        String no = newContract();
        UUID amendment = requestAmendment(no, 150_000_000L, null);
        UnderwritingCaseEntity kase = Submissions.awaitCase(amendment);
        assertThat(kase.status).isEqualTo("UNDER_REVIEW");
        assertThat(kase.kind).isEqualTo("AMENDMENT");

        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{}")
                .post("/api/underwriting/cases/{id}/approve", kase.caseId).then().statusCode(200)
                .body("contractNumber", equalTo(no));
        assertThat(submissions.events(no, "CertificateAmended", 1).getFirst().data().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void correctedVersionIsHiddenFromTheHistory() {
        String no = newContract();
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON)
                .body("{\"depositBank\": \"△△銀行 小美玉支店\", \"reason\": \"預託金融機関の誤り\"}")
                .post("/api/underwriting/contracts/{no}/corrections", no).then().statusCode(200)
                .body("version", equalTo(2));

        EventEnvelope corrected = submissions.events(no, "CertificateCorrected", 1).getFirst();
        schemas.validate(corrected);
        assertThat(corrected.data().get("supersededVersion").asInt()).isEqualTo(1);
        String c = TestTokens.contractor("C0001");
        given().auth().oauth2(c).get("/api/contracts/{no}", no).then().statusCode(200)
                .body("history.size()", equalTo(1)).body("history[0].version", equalTo(2))
                .body("history[0].versionLabel", equalTo("新規")).body("depositBank", equalTo("△△銀行 小美玉支店"));
        given().auth().oauth2(c).get("/api/contracts/{no}/versions/1", no).then().statusCode(404);
        given().auth().oauth2(c).get("/api/contracts/{no}/versions/2", no).then().statusCode(200)
                .body("credential.credentialSubject.depositBank", equalTo("△△銀行 小美玉支店"));
    }

    @Test
    void cancelledAmendmentIsHiddenAndTheContractReturnsToThePreviousVersion() {
        String no = newContract();
        requestAmendment(no, 24_000_000L, null);
        submissions.events(no, "CertificateAmended", 1);

        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{\"reason\": \"申込誤り\"}")
                .post("/api/underwriting/contracts/{no}/amendment-cancellation", no).then().statusCode(200)
                .body("version", equalTo(2));

        schemas.validate(submissions.events(no, "AmendmentCancelled", 1).getFirst());
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", no).then().statusCode(200)
                .body("history.size()", equalTo(1)).body("guaranteeAmount", equalTo(20000000));
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{\"reason\": \"再度\"}")
                .post("/api/underwriting/contracts/{no}/amendment-cancellation", no).then().statusCode(409);
    }

    @Test
    void cancellationIssuesTheRefundStatement() {
        String no = newContract();
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON)
                .body("{\"cancelledOn\": \"2026-12-31\", \"reason\": \"工事の中止\"}")
                .post("/api/underwriting/contracts/{no}/cancellation", no).then().statusCode(200)
                .body("totalDays", equalTo(109)).body("unusedDays", equalTo(78)).body("refund", equalTo(34300));

        EventEnvelope cancelled = submissions.events(no, "GuaranteeCancelled", 1).getFirst();
        schemas.validate(cancelled);
        assertThat(cancelled.data().at("/refund/total").asLong()).isEqualTo(34_300L);
        given().auth().oauth2(TestTokens.contractor("C0001")).queryParam("size", 100).get("/api/premiums/statements")
                .then().statusCode(200).body("items.findAll { it.contractNumber == '" + no + "' }.kind", hasItem("REFUND"));
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", no).then()
                .body("status", equalTo("CANCELLED")).body("statusLabel", equalTo("解約"));
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON)
                .body("{\"cancelledOn\": \"2026-12-31\", \"reason\": \"二重\"}")
                .post("/api/underwriting/contracts/{no}/cancellation", no).then().statusCode(409);
    }

    @Test
    void contractPastItsGuaranteeEndExpiresOnTheInjectedClock() {
        String ending = Submissions.awaitContract(submissions.submit(d -> Submissions.work(d)
                .put("periodFrom", "2026-12-01").put("periodTo", "2026-12-02")).lineId()).contractNumber;
        String running = newContract();

        ExpiringContracts onTheLastDay = new ExpiringContracts(outbox,
                Clock.fixed(Instant.parse("2026-12-02T14:59:59Z"), ZoneOffset.UTC)); // 23:59:59 JST on 保証期限
        QuarkusTransaction.requiringNew().run(onTheLastDay::expireDue);
        assertThat(status(ending)).isEqualTo("ACTIVE");

        ExpiringContracts nextDay = new ExpiringContracts(outbox,
                Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC)); // 00:00 JST the day after
        QuarkusTransaction.requiringNew().run(nextDay::expireDue);
        assertThat(status(ending)).isEqualTo("EXPIRED");
        assertThat(status(running)).isEqualTo("ACTIVE");
        EventEnvelope expired = submissions.events(ending, "GuaranteeExpired", 1).getFirst();
        schemas.validate(expired);
        assertThat(expired.data().get("guaranteeEnd").asText()).isEqualTo("2026-12-02");
    }

    @Test
    void reissuedKeyReplacesTheLeakedOne() {
        String no = newContract();
        String leaked = storedKey(no);
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{\"reason\": \"認証キーの漏えいの申出\"}")
                .post("/api/underwriting/contracts/{no}/key-reissue", no).then().statusCode(204);

        String fresh = storedKey(no);
        assertThat(fresh).isNotEqualTo(leaked);
        EventEnvelope reissued = submissions.events(no, "KeyReissued", 1).getFirst();
        schemas.validate(reissued);
        assertThat(unsealForRegistry(reissued.data().get("sealedKeys"), no)).isEqualTo(fresh);
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", no).then()
                .body("authenticationKey", equalTo(fresh));
        given().auth().oauth2(TestTokens.underwriter("20202")).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post("/api/underwriting/contracts/{no}/key-reissue", no).then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post("/api/underwriting/contracts/{no}/key-reissue", no).then().statusCode(403);
    }

    @Test
    void paperCertificateIsHandedOverAtTheWindowOrByPost() {
        String paper = Submissions.awaitContract(submissions.submit(d -> Submissions.line(d).put("format", "PAPER"))
                .lineId()).contractNumber;
        String electronic = newContract();
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{\"method\": \"POST\"}")
                .post("/api/underwriting/contracts/{no}/paper-dispatch", paper).then().statusCode(204);
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", paper).then()
                .body("paperDispatchMethod", equalTo("POST"));
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{\"method\": \"DRONE\"}")
                .post("/api/underwriting/contracts/{no}/paper-dispatch", paper).then().statusCode(422);
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{\"method\": \"WINDOW\"}")
                .post("/api/underwriting/contracts/{no}/paper-dispatch", electronic).then().statusCode(409);
    }

    private static UUID contractLine(String no) {
        return QuarkusTransaction.requiringNew().call(() -> GuaranteeContractEntity.<GuaranteeContractEntity>findById(no).lineId);
    }

    private static String status(String no) {
        return QuarkusTransaction.requiringNew().call(() -> GuaranteeContractEntity.<GuaranteeContractEntity>findById(no).status);
    }

    private String unsealForRegistry(JsonNode sealedKeys, String no) {
        for (JsonNode s : sealedKeys) {
            if ("registry".equals(s.get("recipient").asText())) {
                SealedSecret sealed = new SealedSecret(s.get("alg").asText(), s.get("kid").asText(), s.get("epk").asText(),
                        s.get("iv").asText(), s.get("ct").asText());
                return new String(KeySealer.unseal(sealed, Pem.readPrivateKey(KeyMaterialTestResource.root()
                        .resolve("registry/x25519.pem")), no.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII);
            }
        }
        throw new AssertionError("no key sealed for the registry");
    }

    private String storedKey(String no) {
        AuthenticationKeyEntity stored = QuarkusTransaction.requiringNew()
                .call(() -> AuthenticationKeyEntity.<AuthenticationKeyEntity>findById(no));
        return new String(keys.keyBox().decrypt(stored.boxedKey, no.getBytes(StandardCharsets.US_ASCII)),
                StandardCharsets.US_ASCII);
    }
}
