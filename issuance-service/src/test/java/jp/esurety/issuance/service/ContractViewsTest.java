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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.esurety.issuance.config.IssuanceKeys;
import jp.esurety.issuance.persistence.AuthenticationKeyEntity;
import jp.esurety.issuance.persistence.CertificateVersionEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.platform.crypto.EddsaJcs2022;
import jp.esurety.platform.crypto.Multikey;
import jp.esurety.platform.crypto.ProofVerificationException;
import jp.esurety.platform.events.KafkaHeaderNames;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Net Desk contract views under /api/contracts: own company only, with the key, history and certificate. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class ContractViewsTest extends IssuanceTestBase {


    @Inject
    IssuanceKeys keys;
    @Inject
    ObjectMapper mapper;

    /** One work with an electronic 前払金保証, a paper 契約保証 and a bid bond of C0001, and a line of C0002. */
    record Fixture(String work, String advance, String contract, String bidBond, String other) {
    }

    private Fixture fixture() {
        String work = "一覧確認工事 " + UUID.randomUUID();
        String advance = contractOf(submissions.submit(d -> Submissions.work(d).put("name", work)));
        String contract = contractOf(submissions.submit(d -> {
            Submissions.work(d).put("name", work);
            Submissions.line(d).put("productType", "CONTRACT").put("format", "PAPER").put("guaranteeAmount", 5_000_000L);
        }));
        String bidBond = contractOf(submissions.submit(d -> {
            d.put("kind", "BID_BOND");
            Submissions.work(d).put("name", work);
            Submissions.line(d).put("productType", "BID_BOND").put("format", "PAPER").put("guaranteeAmount", 30_000_000L);
        }));
        String other = contractOf(submissions.submit(d -> {
            Submissions.work(d).put("name", work);
            ((ObjectNode) d.get("contractor")).put("contractorId", "C0002").put("name", "柏土木 株式会社");
        }));
        return new Fixture(work, advance, contract, bidBond, other);
    }

    private static String contractOf(Submissions.Sent sent) {
        return Submissions.awaitContract(sent.lineId()).contractNumber;
    }

    @Test
    void contractListShowsOwnContractsWithTabsFiltersAndTheTotalCount() {
        Fixture f = fixture();
        String c = TestTokens.contractor("C0001");

        given().auth().oauth2(c).queryParam("workName", f.work()).get("/api/contracts").then().statusCode(200)
                .body("total", equalTo(2)).body("summary", equalTo("全1ページ(2件)中の1ページ目を表示しています"))
                .body("items.contractNumber", hasItem(f.advance())).body("items.contractNumber", hasItem(f.contract()))
                .body("items.contractNumber", not(hasItem(f.bidBond())))
                .body("items[0].suretyCompany", equalTo("東日本建設業保証株式会社"));
        given().auth().oauth2(c).queryParam("workName", f.work()).queryParam("tab", "ELECTRONIC").get("/api/contracts")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].contractNumber", equalTo(f.advance()))
                .body("items[0].productName", equalTo("前払金保証"));
        given().auth().oauth2(c).queryParam("workName", f.work()).queryParam("tab", "BID_BOND").get("/api/contracts")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].contractNumber", equalTo(f.bidBond()));
        given().auth().oauth2(c).queryParam("workName", f.work()).queryParam("productType", "CONTRACT")
                .get("/api/contracts").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].contractNumber", equalTo(f.contract()));
        given().auth().oauth2(c).queryParam("workName", f.work()).queryParam("size", 1).queryParam("page", 2)
                .get("/api/contracts").then().statusCode(200).body("total", equalTo(2)).body("pageCount", equalTo(2))
                .body("items.size()", equalTo(1)).body("items[0].no", equalTo(2));
        given().auth().oauth2(c).queryParam("workName", f.work()).queryParam("from", "2027-03-20")
                .get("/api/contracts").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(c).queryParam("workName", f.work()).queryParam("to", "2026-11-30")
                .get("/api/contracts").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(c).queryParam("workName", f.work()).queryParam("contractorName", "小美玉建設")
                .get("/api/contracts").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void summaryShowsTheKeyToItsOwnerAndTheHistoryWithTheRegistrationTime() {
        Fixture f = fixture();
        String c = TestTokens.contractor("C0001");

        given().auth().oauth2(c).get("/api/contracts/{no}", f.advance()).then().statusCode(200)
                .body("authenticationKey", equalTo(storedKey(f.advance())))
                .body("productName", equalTo("前払金保証")).body("obligeeName", equalTo("小美玉市長"))
                .body("history.size()", equalTo(1)).body("history[0].versionLabel", equalTo("新規"))
                .body("history[0].registeredAt", nullValue());
        given().auth().oauth2(c).get("/api/contracts/{no}", f.contract()).then().statusCode(200)
                .body("authenticationKey", nullValue());

        registered(f.advance(), Instant.parse("2026-11-23T01:02:04Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(c).get("/api/contracts/{no}", f.advance()).then().statusCode(200)
                        .body("history[0].registeredAt", equalTo("2026-11-23T01:02:04Z"))
                        .body("history[0].registeredAtJst", equalTo("2026/11/23 10:02")));
    }

    @Test
    void ordererOpeningTheCertificateIsShownToTheContractor() {
        Fixture f = fixture();
        viewed(f.advance(), Instant.parse("2026-11-24T00:30:00Z"));
        viewed(f.advance(), Instant.parse("2026-11-25T00:30:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", f.advance())
                        .then().statusCode(200)
                        .body("history[0].firstViewedAt", equalTo("2026-11-24T00:30:00Z"))
                        .body("history[0].lastViewedAt", equalTo("2026-11-25T00:30:00Z")));
    }

    @Test
    void correctedOrCancelledVersionIsHiddenFromHistoryAndCannotBeOpened() {
        Fixture f = fixture();
        QuarkusTransaction.requiringNew().run(() -> {
            CertificateVersionEntity v1 = CertificateVersionEntity.find(f.advance(), 1).orElseThrow();
            CertificateVersionEntity v2 = new CertificateVersionEntity();
            v2.contractNumber = f.advance();
            v2.version = 2;
            v2.versionKind = "AMENDMENT";
            v2.credential = v1.credential;
            v2.issuedAt = Instant.now();
            v2.superseded = true;
            v2.persist();
        });
        String c = TestTokens.contractor("C0001");
        given().auth().oauth2(c).get("/api/contracts/{no}", f.advance()).then().statusCode(200)
                .body("history.size()", equalTo(1)).body("history[0].version", equalTo(1));
        given().auth().oauth2(c).get("/api/contracts/{no}/versions/2", f.advance()).then().statusCode(404);
    }

    @Test
    void certificateOfAVersionVerifiesWithThePublishedKeyAndFailsAfterAnyChange() {
        Fixture f = fixture();
        JsonNode view = mapper.valueToTree(given().auth().oauth2(TestTokens.contractor("C0001"))
                .get("/api/contracts/{no}/versions/1", f.advance().replace("-", ""))
                .then().statusCode(200).extract().as(Map.class));
        ObjectNode credential = (ObjectNode) view.get("credential");
        assertThat(credential.at("/credentialSubject/contractNumber").asText()).isEqualTo(f.advance());
        assertThat(credential.at("/credentialSubject/statement").asText())
                .isEqualTo("当社は、前払金保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。");

        String vm = given().get("/.well-known/certificate-keys").then().extract().path("verificationMethod[0].id");
        PublicKey published = Multikey.decode(given().get("/.well-known/certificate-keys").then().extract()
                .path("verificationMethod[0].publicKeyMultibase"));
        EddsaJcs2022.verify(credential, m -> m.equals(vm) ? Optional.of(published) : Optional.empty());

        List<String> fields = new ArrayList<>();
        credential.get("credentialSubject").fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            ObjectNode tampered = credential.deepCopy();
            JsonNode value = tampered.get("credentialSubject").get(field);
            ObjectNode subject = (ObjectNode) tampered.get("credentialSubject");
            if (value.isNumber()) {
                subject.put(field, value.asLong() + 1);
            } else if (value.isTextual()) {
                subject.put(field, value.asText() + "x");
            } else {
                subject.putNull(field);
            }
            assertThatThrownBy(() -> EddsaJcs2022.verify(tampered,
                    m -> m.equals(vm) ? Optional.of(published) : Optional.empty()))
                    .as("changed " + field).isInstanceOf(ProofVerificationException.class);
        }
    }

    @Test
    void downloadIsCsvWithBomAndJapaneseHeaders() {
        Fixture f = fixture();
        byte[] body = given().auth().oauth2(TestTokens.contractor("C0001")).queryParam("workName", f.work())
                .get("/api/contracts/download").then().statusCode(200).contentType("text/csv")
                .extract().asByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("No.,保証種類,保証契約番号,発注者名,工事名,請負金額,保証金額");
        assertThat(lines).hasSize(3);
        assertThat(csv).contains(f.advance()).contains(f.contract()).doesNotContain(f.other());
    }

    @Test
    void anotherCompanysContractIsInvisibleOnEveryEndpoint() {
        Fixture f = fixture();
        String other = TestTokens.contractor("C0002");

        given().auth().oauth2(other).queryParam("workName", f.work()).get("/api/contracts").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].contractNumber", equalTo(f.other()));
        given().auth().oauth2(other).queryParam("workName", f.work()).queryParam("tab", "BID_BOND")
                .get("/api/contracts").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(other).get("/api/contracts/{no}", f.advance()).then().statusCode(404);
        given().auth().oauth2(other).get("/api/contracts/{no}/versions/1", f.advance()).then().statusCode(404);
        String csv = given().auth().oauth2(other).queryParam("workName", f.work()).get("/api/contracts/download")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains(f.other()).doesNotContain(f.advance()).doesNotContain(f.contract());

        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", f.other()).then().statusCode(404);
        given().auth().oauth2(TestTokens.underwriter("10101")).get("/api/contracts").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("nobody", java.util.Set.of("contractor"), Map.of()))
                .get("/api/contracts").then().statusCode(403);
        given().get("/api/contracts/{no}", f.advance()).then().statusCode(401);
    }

    private void viewed(String contractNumber, Instant at) {
        ObjectNode envelope = (ObjectNode) schemas.example("CertificateViewed").deepCopy();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("subject", contractNumber);
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.put("contractNumber", contractNumber);
        data.put("version", 1);
        data.put("viewedAt", at.toString());
        schemas.validate(codec.parse(envelope.toString()));
        producer.sendAndWait("registry-events", contractNumber, envelope.toString(),
                Map.of(KafkaHeaderNames.EVENT_ID, envelope.get("id").asText()));
    }

    private void registered(String contractNumber, Instant at) {
        ObjectNode envelope = (ObjectNode) schemas.example("CertificateRegistered").deepCopy();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("subject", contractNumber);
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.put("contractNumber", contractNumber);
        data.put("version", 1);
        data.put("registeredAt", at.toString());
        producer.sendAndWait("registry-events", contractNumber, envelope.toString(),
                Map.of(KafkaHeaderNames.EVENT_ID, envelope.get("id").asText()));
    }

    private String storedKey(String contractNumber) {
        AuthenticationKeyEntity stored = QuarkusTransaction.requiringNew()
                .call(() -> AuthenticationKeyEntity.<AuthenticationKeyEntity>findById(contractNumber));
        return new String(keys.keyBox().decrypt(stored.boxedKey, contractNumber.getBytes(StandardCharsets.US_ASCII)),
                StandardCharsets.US_ASCII);
    }
}
