package jp.esurety.application.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jp.esurety.application.Forms;
import jp.esurety.application.TestEvents;
import jp.esurety.application.persistence.EarlyRegistrationEntity;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.esurety.application.Forms.application;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ApplicationResourceTest {

    static final String OMITAMA = Forms.OMITAMA;
    static final String PAPER_ONLY_TOWN = Forms.PAPER_ONLY_TOWN;

    @Inject
    TestEvents events;

    @BeforeEach
    void referenceDataHasArrived() {
        Forms.referenceDataHasArrived(events);
    }

    @Test
    void contractorSubmitsAnElectronicAdvancePaymentApplication() {
        String id = given().auth().oauth2(TestTokens.contractor("C0001"))
                .contentType(ContentType.JSON).body(application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .when().post("/api/applications")
                .then().statusCode(201)
                .header("Location", containsString("/api/applications/"))
                .body("ordererName", equalTo("小美玉市長"))
                .body("lines[0].status", equalTo("SUBMITTED"))
                .body("lines[0].statusLabel", equalTo("申込済"))
                .extract().path("id");

        given().auth().oauth2(TestTokens.contractor("C0001"))
                .when().get("/api/applications/" + id)
                .then().statusCode(200).body("workName", equalTo("小美玉市道1-2345号線道路改良工事"));
    }

    @Test
    void anotherContractorCannotSeeTheApplication() {
        String id = submit();
        given().auth().oauth2(TestTokens.contractor("C0002"))
                .when().get("/api/applications/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void openApiDescribesTheApplicationsInJapanese() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("申込を送信する"))
                .body(containsString("下書きを作成する"))
                .body(containsString("Idempotency-Key"))
                .body(containsString("預託金融機関(全角)"))
                .body(containsString("urn:esurety:problem:rule:amendment-keeps-format"))
                .body(containsString("電子保証対応の発注者はこちら"));
    }

    @Test
    void everyEndpointNeedsAContractorToken() {
        given().when().get("/api/applications").then().statusCode(401);
        given().auth().oauth2(TestTokens.orderer(OMITAMA)).when().get("/api/applications").then().statusCode(403);
    }

    @Test
    void depositBankMustBeFullWidth() {
        given().auth().oauth2(TestTokens.contractor("C0001"))
                .contentType(ContentType.JSON).body(application(OMITAMA, "ELECTRONIC", "Bank of Omitama"))
                .when().post("/api/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lines[0].depositBank"))
                .body("errors.find { it.field == 'lines[0].depositBank' }.message", equalTo("預託金融機関は全角で入力してください。"));
    }

    @Test
    void rule1ElectronicNeedsAnOrdererThatAcceptsIt() {
        given().auth().oauth2(TestTokens.contractor("C0001"))
                .contentType(ContentType.JSON).body(application(PAPER_ONLY_TOWN, "ELECTRONIC", "〇〇銀行 本店"))
                .when().post("/api/applications")
                .then().statusCode(400)
                .body("errors.field", hasItem("lines[0].format"))
                .body("errors.find { it.field == 'lines[0].format' }.message", containsString("電子保証に対応していません"));

        given().auth().oauth2(TestTokens.contractor("C0001"))
                .contentType(ContentType.JSON).body(application(PAPER_ONLY_TOWN, "PAPER", "〇〇銀行 本店"))
                .when().post("/api/applications")
                .then().statusCode(201);
    }

    @Test
    void lineFollowsIssuanceAndTheRegistryUpToRegistered() {
        String id = submit();
        String lineId = given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/applications/" + id)
                .then().extract().path("lines[0].id");
        String contractNumber = "10101-" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000);

        events.publish("registry-events", "registry", "CertificateRegistered", contractNumber, Map.of(
                "contractNumber", contractNumber, "version", 1, "registeredAt", "2026-11-23T01:00:05Z"));
        events.publish("issuance-events", "issuance", "ApplicationApproved", id, Map.of(
                "applicationId", id, "lineId", lineId, "contractNumber", contractNumber,
                "approvedAt", "2026-11-23T01:00:01Z", "autoApproved", true));
        events.publish("issuance-events", "issuance", "CertificateIssued", contractNumber, certificateIssued(
                contractNumber, id, lineId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/applications/" + id)
                        .then().body("lines[0].status", equalTo("REGISTERED"))
                        .body("lines[0].contractNumber", equalTo(contractNumber))
                        .body("lines[0].registeredAt", notNullValue()));
    }

    /** ARCHITECTURE §2: the registry's event overtaking the issuance events is held, not dead-lettered. */
    @Test
    void aRegistrationThatOvertakesTheApprovalIsHeldUntilTheLineHasItsContractNumber() {
        String id = submit();
        String lineId = given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/applications/" + id)
                .then().extract().path("lines[0].id");
        String contractNumber = "10101-" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000);

        events.publish("registry-events", "registry", "CertificateRegistered", contractNumber, Map.of(
                "contractNumber", contractNumber, "version", 1, "registeredAt", "2026-11-23T01:00:05Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> EarlyRegistrationEntity.findById(contractNumber) != null));
        // long after the consumer's retries would have given up on it
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/applications/" + id)
                .then().body("lines[0].status", equalTo("SUBMITTED"));

        events.publish("issuance-events", "issuance", "ApplicationApproved", id, Map.of(
                "applicationId", id, "lineId", lineId, "contractNumber", contractNumber,
                "approvedAt", "2026-11-23T01:00:01Z", "autoApproved", true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/applications/" + id)
                        .then().body("lines[0].status", equalTo("REGISTERED"))
                        .body("lines[0].registeredAt", equalTo("2026-11-23T01:00:05Z")));
        events.publish("issuance-events", "issuance", "CertificateIssued", contractNumber, certificateIssued(
                contractNumber, id, lineId));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> EarlyRegistrationEntity.findById(contractNumber) == null));
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/applications/" + id)
                .then().body("lines[0].status", equalTo("REGISTERED"));
    }

    private String submit() {
        return given().auth().oauth2(TestTokens.contractor("C0001"))
                .contentType(ContentType.JSON).body(application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .when().post("/api/applications")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> certificateIssued(String contractNumber, String applicationId, String lineId) {
        Map<String, Object> data = new HashMap<>();
        data.put("contractNumber", contractNumber);
        data.put("applicationId", applicationId);
        data.put("lineId", lineId);
        data.put("version", 1);
        data.put("versionKind", "NEW");
        data.put("format", "ELECTRONIC");
        data.put("productType", "ADVANCE_PAYMENT");
        data.put("obligee", Map.of("ordererId", OMITAMA, "name", "小美玉市長"));
        data.put("contractorId", "C0001");
        data.put("credential", Map.of("@context", List.of("https://www.w3.org/ns/credentials/v2"),
                "type", List.of("VerifiableCredential"), "issuer", "https://issuer.example", "credentialSubject", Map.of(),
                "proof", Map.of()));
        data.put("sealedKeys", List.of());
        data.put("issuedAt", "2026-11-23T01:00:02Z");
        return data;
    }
}
