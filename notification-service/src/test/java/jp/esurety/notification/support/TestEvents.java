package jp.esurety.notification.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import jp.esurety.platform.testing.KeyMaterialTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * Publishes other services' events as they would (the documented examples with this test's ids), through the real
 * broker, with keys sealed to notification's test key.
 */
@ApplicationScoped
public class TestEvents {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 500_000));

    private final EventProducer producer;
    private final EventCodec codec;
    private final EventSchemaValidator schemas;
    private final EntityManager entities;

    public TestEvents(EventProducer producer, EventCodec codec, EventSchemaValidator schemas, EntityManager entities) {
        this.producer = producer;
        this.codec = codec;
        this.schemas = schemas;
        this.entities = entities;
    }

    public static String newContractNumber() {
        return "10101-" + String.format("%06d", SERIAL.incrementAndGet());
    }

    /** The example's data with changes applied (top-level fields). */
    public ObjectNode example(String name) {
        return (ObjectNode) schemas.example(name).get("data").deepCopy();
    }

    public EventEnvelope applicationSubmitted(UUID applicationId, UUID lineId, boolean mailWanted, String mailbox) {
        ObjectNode data = example("ApplicationSubmitted");
        data.put("applicationId", applicationId.toString());
        ((ObjectNode) data.withArray("lines").get(0)).put("lineId", lineId.toString());
        ((ObjectNode) data.get("completionMail")).put("wanted", mailWanted).put("address", mailbox);
        return publish("application-events", "application", "ApplicationSubmitted", applicationId.toString(), data);
    }

    public EventEnvelope certificateIssued(String contractNumber, UUID applicationId, UUID lineId, String key) {
        return certificateIssued(contractNumber, applicationId, lineId, key, null);
    }

    /** As issued by the surety company with this issuer id (the example's own when null). */
    public EventEnvelope certificateIssued(String contractNumber, UUID applicationId, UUID lineId, String key,
                                           String issuerId) {
        ObjectNode data = example("CertificateIssued");
        if (issuerId != null) {
            ((ObjectNode) data.get("credential").get("issuer")).put("id", issuerId);
        }
        data.put("contractNumber", contractNumber);
        data.put("applicationId", applicationId.toString());
        data.put("lineId", lineId.toString());
        data.put("contractorId", "C0001");
        data.set("sealedKeys", sealedForNotification(contractNumber, key));
        return publish("issuance-events", "issuance", "CertificateIssued", contractNumber, data);
    }

    public EventEnvelope certificateRegistered(String contractNumber, int version, String registeredAt) {
        return publish("registry-events", "registry", "CertificateRegistered", contractNumber, Map.of(
                "contractNumber", contractNumber, "version", version, "registeredAt", registeredAt));
    }

    public com.fasterxml.jackson.databind.JsonNode sealedForNotification(String contractNumber, String key) {
        PublicKey notification = Pem.readPublicKey(KeyMaterialTestResource.root()
                .resolve("issuance/notification-x25519.pub.pem"));
        SealedSecret sealed = KeySealer.seal(key.getBytes(StandardCharsets.US_ASCII), KeyIds.of(notification),
                notification, contractNumber.getBytes(StandardCharsets.US_ASCII));
        return codec.toTree(List.of(Map.of("recipient", "notification", "alg", sealed.alg(),
                "kid", sealed.kid(), "epk", sealed.epk(), "iv", sealed.iv(), "ct", sealed.ct())));
    }

    public EventEnvelope publish(String topic, String context, String name, String subject, Object data) {
        EventEnvelope event = codec.envelope("/esurety/test", EventTypes.of(context, name), subject, Instant.now(), data);
        schemas.validate(event);
        producer.sendAndWait(topic, event.subject(), codec.serialize(event),
                Map.of(KafkaHeaderNames.EVENT_ID, event.id().toString(), KafkaHeaderNames.EVENT_TYPE, event.type()));
        return event;
    }

    /** Sends the very same record again, as an at-least-once producer would. */
    public void redeliver(String topic, EventEnvelope event) {
        producer.sendAndWait(topic, event.subject(), codec.serialize(event),
                Map.of(KafkaHeaderNames.EVENT_ID, event.id().toString(), KafkaHeaderNames.EVENT_TYPE, event.type()));
    }

    /** Waits until notification's consumer has applied the event (its inbox guard row is committed). */
    public void awaitProcessed(EventEnvelope event) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entities.createNativeQuery(
                                "select count(*) from processed_event where consumer_group = 'notification-service' and event_id = ?1")
                        .setParameter(1, event.id()).getSingleResult()).intValue() == 1));
    }
}
