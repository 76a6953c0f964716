package jp.esurety.application.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.esurety.application.TestEvents;
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

    static final String OMITAMA = "ORD-082368";
    static final String PAPER_ONLY_TOWN = "ORD-999001";

    @Inject
    TestEvents events;

    @BeforeEach
    void referenceDataHasArrived() {
        // the documented examples are the contract: 小美玉市長, contractor C0001, branch 10101 茨城支店
        events.publishExample("registry-events", "OrdererEnrolled");
        events.publishExample("issuance-events", "ContractorRegistered");
        events.publishExample("issuance-events", "SuretyBranchUpdated");
        Map<String, Object> paperOnly = new HashMap<>(Map.of("ordererId", PAPER_ONLY_TOWN, "name", "紙町長",
                "printoutRequired", false));
        paperOnly.put("acceptsElectronicSuretyFrom", null);
        events.publish("registry-events", "registry", "OrdererEnrolled", PAPER_ONLY_TOWN, paperOnly);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/branches").jsonPath().getList("branchCode").contains("10101")
                        && given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/orderers").jsonPath().getList("ordererId").containsAll(List.of(OMITAMA, PAPER_ONLY_TOWN)));
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
    void rule7ElectronicNeedsAnOrdererThatAcceptsIt() {
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

    private String submit() {
        return given().auth().oauth2(TestTokens.contractor("C0001"))
                .contentType(ContentType.JSON).body(application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .when().post("/api/applications")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> application(String ordererId, String format, String depositBank) {
        Map<String, Object> work = new HashMap<>();
        work.put("name", "小美玉市道1-2345号線道路改良工事");
        work.put("ordererWorkNumber", "令和8年度 第123号");
        work.put("ordererId", ordererId);
        work.put("location", "茨城県小美玉市堅倉");
        work.put("workType", "CIVIL_BUILDING");
        work.put("contractAmount", 50_000_000);
        work.put("periodFrom", "2026-12-01");
        work.put("periodTo", "2027-03-19");
        work.put("contractDate", "2026-11-20");
        work.put("electronicPermitted", true);
        Map<String, Object> line = new HashMap<>();
        line.put("productType", "ADVANCE_PAYMENT");
        line.put("format", format);
        line.put("guaranteeAmount", 20_000_000);
        line.put("depositBank", depositBank);
        line.put("redeposit", false);
        line.put("premiumPaymentMethod", "BULK");
        line.put("premiumPayer", "株式会社 小美玉建設");
        line.put("paperStatementWanted", false);
        Map<String, Object> information = new HashMap<>();
        information.put("branchCode", "10101");
        information.put("completionMailWanted", true);
        information.put("completionMailAddress", "keiri@omitama-kensetsu.example.jp");
        return Map.of("work", work, "lines", List.of(line), "information", information);
    }

    private static Map<String, Object> certificateIssued(String contractNumber, String applicationId, String lineId) {
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
