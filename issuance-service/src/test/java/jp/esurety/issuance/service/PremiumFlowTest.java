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
import jp.esurety.issuance.persistence.CertificateVersionEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.StaffAuditEntity;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Premiums: the statement issued with the contract, settlement before issuance, the simulator, rate tables. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class PremiumFlowTest extends IssuanceTestBase {


    @Test
    void premiumStatementIsIssuedWithTheContractAndListedForItsContractorOnly() {
        Submissions.Sent sent = submissions.submit(d -> { });
        String contractNumber = Submissions.awaitContract(sent.lineId()).contractNumber;

        EventEnvelope statement = submissions.events(contractNumber, "PremiumStatementIssued", 1).getFirst();
        schemas.validate(statement);
        assertThat(statement.data().get("premium").asLong()).isEqualTo(48_000L);
        assertThat(statement.data().get("consumptionTax").asLong()).isZero();
        assertThat(statement.data().get("paymentMethod").asText()).isEqualTo("BULK");

        given().auth().oauth2(TestTokens.contractor("C0001")).queryParam("size", 100).get("/api/premiums/statements")
                .then().statusCode(200).body("items.contractNumber", hasItem(contractNumber));
        given().auth().oauth2(TestTokens.contractor("C0002")).queryParam("size", 100).get("/api/premiums/statements")
                .then().statusCode(200).body("items.contractNumber", not(hasItem(contractNumber)));
    }

    @Test
    void transferPaymentWaitsForStaffToRecordThePaymentBeforeTheCertificateIsIssued() {
        Submissions.Sent sent = submissions.submit(d -> Submissions.line(d).put("premiumPaymentMethod", "TRANSFER"));
        GuaranteeContractEntity contract = Submissions.awaitContract(sent.lineId());
        assertThat(contract.status).isEqualTo("AWAITING_PAYMENT");
        assertThat(versions(contract.contractNumber)).as("no certificate before the premium is paid").isZero();

        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON).body("{}")
                .post("/api/underwriting/contracts/{no}/payment", contract.contractNumber).then().statusCode(403);
        given().auth().oauth2(TestTokens.underwriter("20202")).contentType(ContentType.JSON).body("{}")
                .post("/api/underwriting/contracts/{no}/payment", contract.contractNumber).then().statusCode(404);
        given().auth().oauth2(TestTokens.token("funds-10101", java.util.Set.of("funds"),
                        java.util.Map.of("branch_code", "10101"))).contentType(ContentType.JSON)
                .body("{\"note\": \"振込入金確認\"}")
                .post("/api/underwriting/contracts/{no}/payment", contract.contractNumber).then().statusCode(204);

        assertThat(submissions.events(contract.contractNumber, "CertificateIssued", 1)).hasSize(1);
        assertThat(versions(contract.contractNumber)).isEqualTo(1);
        given().auth().oauth2(TestTokens.underwriter("10101")).contentType(ContentType.JSON).body("{}")
                .post("/api/underwriting/contracts/{no}/payment", contract.contractNumber).then().statusCode(409);
        assertThat(QuarkusTransaction.requiringNew().call(() -> StaffAuditEntity
                .count("action = ?1 and target = ?2 and role = ?3", "PREMIUM_PAYMENT_RECORDED", contract.contractNumber,
                        "funds"))).isEqualTo(1);
    }

    @Test
    void bulkPaymentOfAContractorNotRegisteredForItWaitsForThePayment() {
        Submissions.Sent sent = submissions.submit(d -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                d.get("contractor")).put("contractorId", "C0002").put("name", "柏土木 株式会社"));
        GuaranteeContractEntity contract = Submissions.awaitContract(sent.lineId());
        assertThat(contract.status).isEqualTo("AWAITING_PAYMENT");
        assertThat(versions(contract.contractNumber)).isZero();
    }

    @Test
    void simulatorQuotesThePremiumBeforeApplying() {
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON)
                .body("{\"productType\": \"ADVANCE_PAYMENT\", \"guaranteeAmount\": 20000000, \"from\": \"2026-12-01\", "
                        + "\"to\": \"2027-03-19\", \"asOf\": \"2026-11-20\"}")
                .post("/api/premiums/quote").then().statusCode(200)
                .body("days", equalTo(109)).body("premium", equalTo(48000)).body("total", equalTo(48000));
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON)
                .body("{\"productType\": \"BID_BOND\", \"guaranteeAmount\": 80000000, \"from\": \"2026-12-01\", "
                        + "\"to\": \"2026-12-30\", \"asOf\": \"2026-11-20\"}")
                .post("/api/premiums/quote").then().statusCode(200)
                .body("premium", equalTo(8000)).body("consumptionTax", equalTo(800)).body("total", equalTo(8800));
    }

    @Test
    void simulatorRefusesInvalidInputAndDatesWithoutARateTable() {
        String c = TestTokens.contractor("C0001");
        given().auth().oauth2(c).contentType(ContentType.JSON).body("{\"productType\": \"ADVANCE_PAYMENT\"}")
                .post("/api/premiums/quote").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(c).contentType(ContentType.JSON)
                .body("{\"productType\": \"ADVANCE_PAYMENT\", \"guaranteeAmount\": 1, \"from\": \"2026-12-01\", "
                        + "\"to\": \"2026-11-01\"}")
                .post("/api/premiums/quote").then().statusCode(400);
        given().auth().oauth2(c).contentType(ContentType.JSON)
                .body("{\"productType\": \"ADVANCE_PAYMENT\", \"guaranteeAmount\": 1, \"from\": \"2020-12-01\", "
                        + "\"to\": \"2021-03-01\", \"asOf\": \"2020-01-01\"}")
                .post("/api/premiums/quote").then().statusCode(422);
    }

    @Test
    void rateTableAddedByTheAdminAppliesFromItsValidFromDate() {
        String admin = TestTokens.token("admin1", java.util.Set.of("surety_admin"), java.util.Map.of());
        String body = """
                {"productType": "INTERIM_ADVANCE_PAYMENT", "validFrom": "2031-04-01", "validTo": null,
                 "roundingUnit": 1000, "rounding": "UP", "minimumPremium": 10000, "taxRatePercent": 0,
                 "tiers": [{"amountUpTo": null, "daysUpTo": null, "ratePercent": 1.5}]}""";
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON).body(body)
                .post("/api/premiums/rate-tables").then().statusCode(403);
        String tableId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/premiums/rate-tables").then().statusCode(201).extract().path("tableId");

        String quote = "{\"productType\": \"INTERIM_ADVANCE_PAYMENT\", \"guaranteeAmount\": 1234567, "
                + "\"from\": \"2031-05-01\", \"to\": \"2031-06-29\", \"asOf\": \"%s\"}";
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(quote.formatted("2031-04-01"))
                .post("/api/premiums/quote").then().statusCode(200).body("premium", equalTo(19000)); // 18,518.5 up to 1,000
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(quote.formatted("2031-03-31"))
                .post("/api/premiums/quote").then().statusCode(200).body("premium", equalTo(3000)); // demo table: 0.20 %, 2,469 -> minimum
        given().auth().oauth2(admin).get("/api/premiums/rate-tables").then().statusCode(200)
                .body("tableId", hasItem(tableId));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body.replace("\"amountUpTo\": null", "\"amountUpTo\": 5"))
                .post("/api/premiums/rate-tables").then().statusCode(400);
        assertThat(QuarkusTransaction.requiringNew().call(() -> StaffAuditEntity
                .count("action = ?1 and target = ?2 and actor = ?3", "PREMIUM_RATE_TABLE_ADDED", tableId, "admin1")))
                .isEqualTo(1);
    }

    private static long versions(String contractNumber) {
        return QuarkusTransaction.requiringNew().call(() -> CertificateVersionEntity.count("contractNumber", contractNumber));
    }
}
