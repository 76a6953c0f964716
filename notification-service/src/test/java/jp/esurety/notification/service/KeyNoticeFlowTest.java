package jp.esurety.notification.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.platform.crypto.KeyIds;
import jp.esurety.platform.crypto.KeySealer;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.crypto.SealedSecret;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.ReceivedMail;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.platform.testing.TopicReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three facts of a key notice arrive on three topics in the worst order (registered before issued before the
 * application); the completion mail goes out once, over real SMTP, and the PDF carries the unsealed key.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "notification"))
class KeyNoticeFlowTest {

    static final String KEY = "Z28YUE4J3Bux";
    static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 500_000));

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    EventSchemaValidator schemas;

    @Test
    void completionMailAndKeyNoticeFollowWhateverOrderTheEventsCome() throws Exception {
        String contractNumber = "10101-" + String.format("%06d", SERIAL.incrementAndGet());
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        String mailbox = "keiri-" + applicationId + "@omitama-kensetsu.example.jp";

        publish("registry-events", "registry", "CertificateRegistered", contractNumber, Map.of(
                "contractNumber", contractNumber, "version", 1, "registeredAt", "2026-11-23T01:00:05Z"));
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/key-notices/" + contractNumber)
                .then().statusCode(404);
        publishIssued(contractNumber, applicationId, lineId);
        publishSubmitted(applicationId, lineId, mailbox);

        await().atMost(Duration.ofSeconds(30)).until(() -> !MailTestResource.inbox(mailbox).isEmpty());
        ReceivedMail mail = MailTestResource.inbox(mailbox).getFirst();
        assertThat(mail.subject()).isEqualTo("電子保証（認証キー）発行完了のお知らせ");
        assertThat(mail.text()).contains("株式会社 小美玉建設 御中", contractNumber, "小美玉市道1-2345号線道路改良工事",
                "保証契約一覧", "電子保証（認証キー）タブ");
        assertThat(mail.text()).as("the key never travels by mail").doesNotContain(KEY);

        byte[] pdf = given().auth().oauth2(TestTokens.contractor("C0001"))
                .when().get("/api/key-notices/" + contractNumber)
                .then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(contractNumber, KEY, "前払金保証",
                    "株式会社 小美玉建設", "令和8年11月23日");
        }

        EventEnvelope delivered = codec.parse(TopicReader.read("notification-events", Duration.ofSeconds(20),
                        r -> r.stream().anyMatch(x -> x.value().contains(contractNumber))).stream()
                .filter(x -> x.value().contains(contractNumber)).findFirst().orElseThrow().value());
        schemas.validate(delivered);
        assertThat(delivered.data().get("messageType").asText()).isEqualTo("COMPLETION_MAIL");
        assertThat(MailTestResource.inbox(mailbox)).as("sent once").hasSize(1);
    }

    @Test
    void anotherContractorCannotDownloadTheNotice() {
        String contractNumber = "10101-" + String.format("%06d", SERIAL.incrementAndGet());
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        publishSubmitted(applicationId, lineId, "other-" + applicationId + "@example.jp");
        publishIssued(contractNumber, applicationId, lineId);
        publish("registry-events", "registry", "CertificateRegistered", contractNumber, Map.of(
                "contractNumber", contractNumber, "version", 1, "registeredAt", "2026-11-23T01:00:05Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.contractor("C0001"))
                .get("/api/key-notices/" + contractNumber).statusCode() == 200);

        given().auth().oauth2(TestTokens.contractor("C0002")).get("/api/key-notices/" + contractNumber)
                .then().statusCode(404);
        given().get("/api/key-notices/" + contractNumber).then().statusCode(401);
    }

    private void publishSubmitted(UUID applicationId, UUID lineId, String mailbox) {
        ObjectNode envelope = (ObjectNode) schemas.example("ApplicationSubmitted").deepCopy();
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.put("applicationId", applicationId.toString());
        ((ObjectNode) data.withArray("lines").get(0)).put("lineId", lineId.toString());
        ((ObjectNode) data.get("completionMail")).put("address", mailbox);
        EventEnvelope event = codec.envelope("/esurety/application-service", envelope.get("type").asText(),
                applicationId.toString(), Instant.now(), data);
        send("application-events", event);
    }

    private void publishIssued(String contractNumber, UUID applicationId, UUID lineId) {
        ObjectNode envelope = (ObjectNode) schemas.example("CertificateIssued").deepCopy();
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.put("contractNumber", contractNumber);
        data.put("applicationId", applicationId.toString());
        data.put("lineId", lineId.toString());
        data.put("contractorId", "C0001");
        PublicKey notification = Pem.readPublicKey(KeyMaterialTestResource.root().resolve("issuance/notification-x25519.pub.pem"));
        SealedSecret sealed = KeySealer.seal(KEY.getBytes(StandardCharsets.US_ASCII), KeyIds.of(notification),
                notification, contractNumber.getBytes(StandardCharsets.US_ASCII));
        data.set("sealedKeys", codec.toTree(List.of(Map.of("recipient", "notification", "alg", sealed.alg(),
                "kid", sealed.kid(), "epk", sealed.epk(), "iv", sealed.iv(), "ct", sealed.ct()))));
        EventEnvelope event = codec.envelope("/esurety/issuance-service", envelope.get("type").asText(),
                contractNumber, Instant.now(), data);
        send("issuance-events", event);
    }

    private void publish(String topic, String context, String name, String subject, Object data) {
        send(topic, codec.envelope("/esurety/test", EventTypes.of(context, name), subject, Instant.now(), data));
    }

    private void send(String topic, EventEnvelope event) {
        producer.sendAndWait(topic, event.subject(), codec.serialize(event),
                Map.of(KafkaHeaderNames.EVENT_ID, event.id().toString(), KafkaHeaderNames.EVENT_TYPE, event.type()));
    }
}
