package jp.esurety.issuance.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/** Builds ApplicationSubmitted events from the published example, sends them, and waits for their effects. */
public final class Submissions {

    private final EventProducer producer;
    private final EventSchemaValidator schemas;
    private final EventCodec codec;

    public Submissions(EventProducer producer, EventSchemaValidator schemas, EventCodec codec) {
        this.producer = producer;
        this.schemas = schemas;
        this.codec = codec;
    }

    /** A submitted application: its envelope, application id and the id of its (first) line. */
    public record Sent(ObjectNode envelope, UUID applicationId, UUID lineId) {
    }

    /** The example (C0001, 10101, electronic 前払金保証 20,000,000, BULK), changed by {@code change} (data node). */
    public ObjectNode build(Consumer<ObjectNode> change) {
        ObjectNode envelope = (ObjectNode) schemas.example("ApplicationSubmitted").deepCopy();
        UUID applicationId = UUID.randomUUID();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("subject", applicationId.toString());
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.put("applicationId", applicationId.toString());
        ((ObjectNode) data.withArray("lines").get(0)).put("lineId", UUID.randomUUID().toString());
        change.accept(data);
        schemas.validate(codec.parse(envelope.toString()));
        return envelope;
    }

    public Sent submit(Consumer<ObjectNode> change) {
        return send(build(change));
    }

    public Sent send(ObjectNode envelope) {
        String applicationId = envelope.get("subject").asText();
        producer.sendAndWait("application-events", applicationId, envelope.toString(),
                Map.of(KafkaHeaderNames.EVENT_ID, envelope.get("id").asText()));
        return new Sent(envelope, UUID.fromString(applicationId),
                UUID.fromString(envelope.get("data").get("lines").get(0).get("lineId").asText()));
    }

    /** Sends the published example of another application event, changed by {@code change} (data node). */
    public ObjectNode sendExample(String eventName, String key, Consumer<ObjectNode> change) {
        ObjectNode envelope = (ObjectNode) schemas.example(eventName).deepCopy();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("subject", key);
        change.accept((ObjectNode) envelope.get("data"));
        schemas.validate(codec.parse(envelope.toString()));
        producer.sendAndWait("application-events", key, envelope.toString(),
                Map.of(KafkaHeaderNames.EVENT_ID, envelope.get("id").asText()));
        return envelope;
    }

    /** The same application sent again as a new event (new event id), changed by {@code change}. */
    public ObjectNode resend(ObjectNode envelope, Consumer<ObjectNode> change) {
        ObjectNode again = envelope.deepCopy();
        again.put("id", UUID.randomUUID().toString());
        change.accept((ObjectNode) again.get("data"));
        schemas.validate(codec.parse(again.toString()));
        send(again);
        return again;
    }

    public static ObjectNode line(ObjectNode data) {
        return (ObjectNode) data.withArray("lines").get(0);
    }

    public static ObjectNode work(ObjectNode data) {
        return (ObjectNode) data.get("work");
    }

    /** Waits for the case of a line (status other than RECEIVED). */
    public static UnderwritingCaseEntity awaitCase(UUID lineId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                UnderwritingCaseEntity.<UnderwritingCaseEntity>find("lineId", lineId).firstResultOptional()),
                Optional::isPresent).orElseThrow();
    }

    /** Waits until issuance has handled (or skipped) the event of {@code envelope} (its inbox row). */
    public static void awaitProcessed(ObjectNode envelope) {
        String eventId = envelope.get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                        .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id::text = ?1")
                        .setParameter(1, eventId).getSingleResult()).longValue() > 0));
    }

    public static GuaranteeContractEntity awaitContract(UUID lineId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                GuaranteeContractEntity.<GuaranteeContractEntity>find("lineId", lineId).firstResultOptional()),
                Optional::isPresent).orElseThrow();
    }

    /** The events of one key and type on issuance-events, once {@code count} have arrived. */
    public List<EventEnvelope> events(String key, String type, int count) {
        String fullType = "jp.esurety.issuance." + type + ".v1";
        List<ConsumerRecord<String, String>> records = TopicReader.read("issuance-events", Duration.ofSeconds(30),
                r -> r.stream().filter(x -> key.equals(x.key()) && fullType.equals(
                        TopicReader.header(x, KafkaHeaderNames.EVENT_TYPE))).count() >= count);
        return records.stream().filter(x -> key.equals(x.key())).map(x -> codec.parse(x.value()))
                .filter(e -> e.type().equals(fullType)).toList();
    }

    public static JsonNode data(EventEnvelope e) {
        return e.data();
    }
}
