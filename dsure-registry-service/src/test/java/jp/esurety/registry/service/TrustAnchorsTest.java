package jp.esurety.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.esurety.platform.crypto.KeyIds;
import jp.esurety.platform.crypto.KeyPairs;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.inbox.DeadLetterPublisher;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.platform.testing.TopicReader;
import jp.esurety.registry.IssuanceEvents;
import jp.esurety.registry.persistence.RegisteredCertificateEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.esurety.registry.IssuanceEvents.OMITAMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Several issuers, each with its own keys and rotation, managed by registry staff; refusals are counted. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class TrustAnchorsTest {

    static final String NISHI = "https://surety.nishi.example.jp/issuers/nishi-nihon";

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;

    IssuanceEvents issuance;
    String admin = TestTokens.token("dsure-admin", Set.of("registry_admin"), Map.of());

    @BeforeEach
    void setUp() {
        issuance = new IssuanceEvents(producer, codec, mapper);
    }

    private String addKey(KeyPair key) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("issuerId", NISHI, "issuerName", "西日本建設業保証株式会社",
                        "publicKeyPem", Pem.encode(key.getPublic())))
                .when().post("/api/v1/admin/trust-anchors").then().statusCode(200).extract().path("verificationMethod");
    }

    private UUID issueSignedBy(String number, KeyPair key) {
        return issuance.issued(number, OMITAMA, issuance.credential(NISHI, NISHI + "#" + KeyIds.of(key.getPublic()),
                key.getPrivate(), number, OMITAMA, 1, "NEW", 30_000_000, "2027-03-31"), "ELECTRONIC");
    }

    private void awaitRegistered(String number) {
        await().atMost(Duration.ofSeconds(90)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> RegisteredCertificateEntity.exists(number, 1)));
    }

    private void awaitDeadLettered(UUID eventId) {
        String dlt = DeadLetterPublisher.topicFor("issuance-events", "dsure-registry-service");
        assertThat(TopicReader.read(dlt, Duration.ofSeconds(90), r -> r.stream().anyMatch(x ->
                eventId.toString().equals(TopicReader.header(x, KafkaHeaderNames.EVENT_ID)))))
                .anyMatch(x -> eventId.toString().equals(TopicReader.header(x, KafkaHeaderNames.EVENT_ID)));
    }

    @Test
    void aSecondIssuerWithItsOwnKeysIsAcceptedAndItsRotatedOutKeyRefused() {
        KeyPair first = KeyPairs.generateEd25519();
        KeyPair second = KeyPairs.generateEd25519();
        String firstMethod = addKey(first);
        addKey(second);
        given().auth().oauth2(admin).when().get("/api/v1/admin/trust-anchors").then().statusCode(200)
                .body("issuerName", hasItem("西日本建設業保証株式会社"));

        String a = IssuanceEvents.nextContractNumber();
        issueSignedBy(a, first);
        awaitRegistered(a);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("verificationMethod", firstMethod))
                .when().post("/api/v1/admin/trust-anchors/revocations").then().statusCode(200)
                .body("revokedAt", org.hamcrest.Matchers.notNullValue());

        String b = IssuanceEvents.nextContractNumber();
        issueSignedBy(b, second);
        awaitRegistered(b);

        String c = IssuanceEvents.nextContractNumber();
        awaitDeadLettered(issueSignedBy(c, first));
        assertThat(QuarkusTransaction.requiringNew().call(() -> RegisteredCertificateEntity.exists(c, 1))).isFalse();
    }

    @Test
    void aCertificateSignedWithAnotherIssuersKeyIsRefused() {
        KeyPair nishi = KeyPairs.generateEd25519();
        addKey(nishi);
        String number = IssuanceEvents.nextContractNumber();
        // claims to be 東日本 but is signed under 西日本's verification method
        UUID id = issuance.issued(number, OMITAMA, issuance.credential(IssuanceEvents.ISSUER,
                NISHI + "#" + KeyIds.of(nishi.getPublic()), nishi.getPrivate(), number, OMITAMA, 1, "NEW",
                30_000_000, "2027-03-31"), "ELECTRONIC");
        awaitDeadLettered(id);
    }

    @Test
    void refusalsAreCountedInTheAlertMetric() {
        String number = IssuanceEvents.nextContractNumber();
        awaitDeadLettered(issuance.issued(number, OMITAMA, issuance.credential(IssuanceEvents.ISSUER,
                IssuanceEvents.issuerVerificationMethod(), IssuanceEvents.otherKey(), number, OMITAMA, 1, "NEW",
                1, "2027-03-31"), "ELECTRONIC"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("dsure_certificates_refused_total{reason=\"bad-signature\"}"));
    }

    @Test
    void paperCertificatesAreIgnored() {
        String number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA, issuance.credential(number, OMITAMA, 1, "NEW", 1), "PAPER");
        issuance.issued(number, OMITAMA); // same key, same partition: processed after the paper one
        awaitRegistered(number);
        String credential = QuarkusTransaction.requiringNew().call(() ->
                RegisteredCertificateEntity.version(number, 1).orElseThrow().credential);
        assertThat(credential).contains("\"guaranteeAmount\":20000000");
    }

    @Test
    void onlyRegistryStaffManageTrustAnchors() {
        given().auth().oauth2(TestTokens.orderer(OMITAMA)).when().get("/api/v1/admin/trust-anchors")
                .then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("issuerId", NISHI, "publicKeyPem", "not a key"))
                .when().post("/api/v1/admin/trust-anchors").then().statusCode(400)
                .body("errors[0].field", equalTo("publicKeyPem"));
    }
}
