package jp.esurety.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.esurety.platform.crypto.EddsaJcs2022;
import jp.esurety.platform.crypto.KeyIds;
import jp.esurety.platform.crypto.KeyPairs;
import jp.esurety.platform.crypto.KeySealer;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.crypto.SealedSecret;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.inbox.DeadLetterPublisher;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.platform.testing.TopicReader;
import jp.esurety.registry.persistence.KeyDigestEntity;
import jp.esurety.registry.persistence.RegisteredCertificateEntity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(jp.esurety.platform.testing.MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class RegistryFlowTest {

    static final String ISSUER = "https://surety.esurety.example.jp/issuers/higashi-nihon";
    static final String OMITAMA = "ORD-082368";
    static final String KASHIWA = "ORD-122173";
    static final String KEY = "Z28YUE4J3Bux";

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;

    @Test
    void certificateFromTheTrustedIssuerIsRegisteredAndOpensOnlyWithItsKeyForItsObligee() {
        String contractNumber = nextContractNumber();
        publishIssued(contractNumber, OMITAMA, issuerSigningKey());

        EventEnvelope registered = codec.parse(TopicReader.readKey("registry-events", contractNumber, 1,
                Duration.ofSeconds(30)).getFirst().value());
        assertThat(registered.type()).isEqualTo(EventTypes.of("registry", "CertificateRegistered"));
        assertThat(registered.data().get("version").asInt()).isEqualTo(1);

        lookup(OMITAMA, contractNumber, KEY).then().statusCode(200)
                .body("contractNumber", equalTo(contractNumber))
                .body("credential.credentialSubject.obligee.name", equalTo("小美玉市長"));
        lookup(OMITAMA, "１０１０１" + contractNumber.substring(6), "　" + toFullWidth(KEY)).then().statusCode(200);
        lookup(OMITAMA, contractNumber, "Z28YUE4J3Bus").then().statusCode(404)
                .body("detail", equalTo("保証契約番号または認証キーが正しくありません。"));
        lookup(KASHIWA, contractNumber, KEY).then().statusCode(404)
                .body("detail", equalTo("保証契約番号または認証キーが正しくありません。"));

        KeyDigestEntity digest = QuarkusTransaction.requiringNew().call(() -> KeyDigestEntity.findById(contractNumber));
        assertThat(digest.digest).doesNotContain(KEY);
    }

    @Test
    void lookupNeedsAnOrdererOfTheDsureRealm() {
        given().contentType(ContentType.JSON).body(Map.of("contractNumber", "10101-000001", "authenticationKey", KEY))
                .when().post("/api/v1/verifications").then().statusCode(401);
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON)
                .body(Map.of("contractNumber", "10101-000001", "authenticationKey", KEY))
                .when().post("/api/v1/verifications").then().statusCode(403);
    }

    @Test
    void certificateSignedByAnUntrustedKeyGoesToTheDeadLetterTopicAndIsNotRegistered() {
        String contractNumber = nextContractNumber();
        UUID eventId = publishIssued(contractNumber, OMITAMA, KeyPairs.generateEd25519().getPrivate());

        String dlt = DeadLetterPublisher.topicFor("issuance-events", "dsure-registry-service");
        assertThat(TopicReader.read(dlt, Duration.ofSeconds(30), r -> r.stream()
                        .anyMatch(x -> eventId.toString().equals(TopicReader.header(x, KafkaHeaderNames.EVENT_ID)))))
                .anyMatch(x -> eventId.toString().equals(TopicReader.header(x, KafkaHeaderNames.EVENT_ID)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> RegisteredCertificateEntity.exists(contractNumber, 1)))
                .isFalse();
    }

    @Test
    void demoOrderersAreAnnouncedToTheOtherServices() {
        await().atMost(Duration.ofSeconds(20)).until(() -> !TopicReader.readKey("registry-events", OMITAMA, 1,
                Duration.ofSeconds(5)).isEmpty());
        EventEnvelope enrolled = codec.parse(TopicReader.readKey("registry-events", OMITAMA, 1, Duration.ofSeconds(5))
                .getFirst().value());
        assertThat(enrolled.data().get("name").asText()).isEqualTo("小美玉市長");
        assertThat(enrolled.data().get("acceptsElectronicSuretyFrom").asText()).isEqualTo("2024-08-01");
    }

    private io.restassured.response.Response lookup(String ordererId, String contractNumber, String key) {
        return given().auth().oauth2(TestTokens.orderer(ordererId)).contentType(ContentType.JSON)
                .body(Map.of("contractNumber", contractNumber, "authenticationKey", key))
                .when().post("/api/v1/verifications");
    }

    private UUID publishIssued(String contractNumber, String obligeeId, PrivateKey signingKey) {
        PublicKey issuerPublic = Pem.readPublicKey(keys().resolve("issuance/signing-ed25519.pub.pem"));
        ObjectNode vc = mapper.createObjectNode();
        vc.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        vc.put("id", "urn:esurety:certificate:" + contractNumber + ":1");
        vc.putArray("type").add("VerifiableCredential").add("SuretyCertificate");
        vc.putObject("issuer").put("id", ISSUER).put("name", "東日本建設業保証株式会社");
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("contractNumber", contractNumber).put("version", 1).put("productName", "前払金保証");
        subject.putObject("obligee").put("ordererId", obligeeId).put("name", "小美玉市長");
        ObjectNode signed = EddsaJcs2022.sign(vc, signingKey, ISSUER + "#" + KeyIds.of(issuerPublic), Instant.now());

        byte[] aad = contractNumber.getBytes(StandardCharsets.US_ASCII);
        PublicKey registry = Pem.readPublicKey(keys().resolve("issuance/registry-x25519.pub.pem"));
        SealedSecret sealed = KeySealer.seal(KEY.getBytes(StandardCharsets.US_ASCII), KeyIds.of(registry), registry, aad);
        Map<String, Object> sealedForRegistry = Map.of("recipient", "registry", "alg", sealed.alg(), "kid", sealed.kid(),
                "epk", sealed.epk(), "iv", sealed.iv(), "ct", sealed.ct());
        Map<String, Object> data = Map.ofEntries(Map.entry("contractNumber", contractNumber),
                Map.entry("applicationId", UUID.randomUUID().toString()), Map.entry("lineId", UUID.randomUUID().toString()),
                Map.entry("version", 1), Map.entry("versionKind", "NEW"), Map.entry("format", "ELECTRONIC"),
                Map.entry("productType", "ADVANCE_PAYMENT"), Map.entry("obligee", Map.of("ordererId", obligeeId, "name", "小美玉市長")),
                Map.entry("contractorId", "C0001"), Map.entry("credential", signed),
                Map.entry("sealedKeys", List.of(sealedForRegistry)), Map.entry("issuedAt", Instant.now().toString()));
        EventEnvelope event = codec.envelope("/esurety/issuance-service", EventTypes.of("issuance", "CertificateIssued"),
                contractNumber, Instant.now(), data);
        producer.sendAndWait("issuance-events", contractNumber, codec.serialize(event),
                Map.of(KafkaHeaderNames.EVENT_ID, event.id().toString(), KafkaHeaderNames.EVENT_TYPE, event.type()));
        return event.id();
    }

    private static PrivateKey issuerSigningKey() {
        return Pem.readPrivateKey(keys().resolve("issuance/signing-ed25519.pem"));
    }

    private static Path keys() {
        return KeyMaterialTestResource.root();
    }

    private static String nextContractNumber() {
        return jp.esurety.registry.IssuanceEvents.nextContractNumber();
    }

    private static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }
}
