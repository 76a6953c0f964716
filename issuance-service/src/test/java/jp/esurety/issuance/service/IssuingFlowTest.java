package jp.esurety.issuance.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.issuance.config.IssuanceKeys;
import jp.esurety.issuance.domain.AuthenticationKey;
import jp.esurety.issuance.persistence.AuthenticationKeyEntity;
import jp.esurety.platform.crypto.DecryptionException;
import jp.esurety.platform.crypto.EddsaJcs2022;
import jp.esurety.platform.crypto.KeySealer;
import jp.esurety.platform.crypto.Multikey;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.crypto.SealedSecret;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** From the published example of ApplicationSubmitted to a signed certificate with sealed keys, on the real broker. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class IssuingFlowTest {

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    EventSchemaValidator schemas;
    @Inject
    ObjectMapper mapper;
    @Inject
    IssuanceKeys keys;

    @Test
    void submittedElectronicLineIsApprovedAndIssuedWithAKeySealedPerConsumer() {
        UUID applicationId = submitTheExampleApplication("ELECTRONIC");

        List<ConsumerRecord<String, String>> approvals = TopicReader.readKey("issuance-events",
                applicationId.toString(), 1, Duration.ofSeconds(30));
        EventEnvelope approved = codec.parse(approvals.getFirst().value());
        assertThat(approved.type()).isEqualTo("jp.esurety.issuance.ApplicationApproved.v1");
        String contractNumber = approved.data().get("contractNumber").asText();
        assertThat(contractNumber).matches("10101-[0-9]{6}");

        ConsumerRecord<String, String> raw = certificateIssued(contractNumber);
        EventEnvelope issued = codec.parse(raw.value());
        assertThat(TopicReader.header(raw, KafkaHeaderNames.EVENT_TYPE)).isEqualTo("jp.esurety.issuance.CertificateIssued.v1");
        schemas.validate(issued);

        String key = storedKey(contractNumber);
        assertThat(AuthenticationKey.isWellFormed(key)).isTrue();
        assertThat(raw.value()).as("the raw Kafka record never shows the key").doesNotContain(key);

        byte[] aad = contractNumber.getBytes(StandardCharsets.US_ASCII);
        SealedSecret forRegistry = sealedFor(issued, "registry");
        assertThat(new String(KeySealer.unseal(forRegistry, privateKey("registry/x25519.pem"), aad), StandardCharsets.US_ASCII))
                .isEqualTo(key);
        assertThat(new String(KeySealer.unseal(sealedFor(issued, "notification"), privateKey("notification/x25519.pem"), aad),
                StandardCharsets.US_ASCII)).isEqualTo(key);
        assertThatThrownBy(() -> KeySealer.unseal(forRegistry, privateKey("notification/x25519.pem"), aad))
                .as("a wrong private key cannot unseal").isInstanceOf(DecryptionException.class);

        ObjectNode credential = (ObjectNode) issued.data().get("credential");
        EddsaJcs2022.verify(credential, vm -> vm.equals(keys.verificationMethod())
                ? Optional.of(keys.verificationKey()) : Optional.empty());
        JsonNode subject = credential.get("credentialSubject");
        assertThat(subject.get("contractNumber").asText()).isEqualTo(contractNumber);
        assertThat(subject.get("obligee").get("name").asText()).isEqualTo("小美玉市長");
        assertThat(subject.get("guaranteeEnd").asText()).as("保証期限 defaults to the end of 工期").isEqualTo("2027-03-19");
        assertThat(subject.get("productName").asText()).isEqualTo("前払金保証");
    }

    @Test
    void paperLineIsIssuedWithoutAKey() {
        UUID applicationId = submitTheExampleApplication("PAPER");
        EventEnvelope approved = codec.parse(TopicReader.readKey("issuance-events", applicationId.toString(), 1,
                Duration.ofSeconds(30)).getFirst().value());
        String contractNumber = approved.data().get("contractNumber").asText();

        EventEnvelope issued = codec.parse(certificateIssued(contractNumber).value());

        assertThat(issued.data().get("format").asText()).isEqualTo("PAPER");
        assertThat(issued.data().get("sealedKeys")).isEmpty();
        assertThat(AuthenticationKeyEntity.<AuthenticationKeyEntity>findByIdOptional(contractNumber)).isEmpty();
    }

    @Test
    void issuerKeysArePublishedForOfflineVerification() {
        given().when().get("/.well-known/certificate-keys")
                .then().statusCode(200)
                .body("verificationMethod[0].id", equalTo(keys.verificationMethod()))
                .body("verificationMethod[0].type", equalTo("Multikey"))
                .body("verificationMethod[0].publicKeyMultibase", equalTo(Multikey.encode(keys.verificationKey())));
    }

    private UUID submitTheExampleApplication(String format) {
        ObjectNode envelope = (ObjectNode) schemas.example("ApplicationSubmitted").deepCopy();
        UUID applicationId = UUID.randomUUID();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("subject", applicationId.toString());
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.put("applicationId", applicationId.toString());
        ObjectNode line = (ObjectNode) data.withArray("lines").get(0);
        line.put("lineId", UUID.randomUUID().toString());
        line.put("format", format);
        producer.sendAndWait("application-events", applicationId.toString(), envelope.toString(),
                Map.of(KafkaHeaderNames.EVENT_ID, envelope.get("id").asText()));
        return applicationId;
    }

    /** The CertificateIssued record of a contract (PremiumStatementIssued shares its key). */
    static ConsumerRecord<String, String> certificateIssued(String contractNumber) {
        String type = "jp.esurety.issuance.CertificateIssued.v1";
        return TopicReader.read("issuance-events", Duration.ofSeconds(30), r -> r.stream().anyMatch(x ->
                        contractNumber.equals(x.key()) && type.equals(TopicReader.header(x, KafkaHeaderNames.EVENT_TYPE))))
                .stream().filter(x -> contractNumber.equals(x.key())
                        && type.equals(TopicReader.header(x, KafkaHeaderNames.EVENT_TYPE)))
                .findFirst().orElseThrow(() -> new AssertionError("no CertificateIssued for " + contractNumber));
    }

    private SealedSecret sealedFor(EventEnvelope issued, String recipient) {
        for (JsonNode sealed : issued.data().get("sealedKeys")) {
            if (recipient.equals(sealed.get("recipient").asText())) {
                return new SealedSecret(sealed.get("alg").asText(), sealed.get("kid").asText(), sealed.get("epk").asText(),
                        sealed.get("iv").asText(), sealed.get("ct").asText());
            }
        }
        throw new AssertionError("no key sealed for " + recipient);
    }

    private String storedKey(String contractNumber) {
        AuthenticationKeyEntity stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> AuthenticationKeyEntity.<AuthenticationKeyEntity>findById(contractNumber));
        assertThat(stored.boxedKey).startsWith("v1.");
        return new String(keys.keyBox().decrypt(stored.boxedKey, contractNumber.getBytes(StandardCharsets.US_ASCII)),
                StandardCharsets.US_ASCII);
    }

    private static PrivateKey privateKey(String file) {
        return Pem.readPrivateKey(KeyMaterialTestResource.root().resolve(file));
    }
}
