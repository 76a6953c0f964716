package jp.esurety.application;

import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.kafka.EventProducer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;

/** Publishes other services' events to the real broker, as those services would. */
@ApplicationScoped
public class TestEvents {

    private final EventProducer producer;
    private final EventCodec codec;
    private final EventSchemaValidator schemas;

    public TestEvents(EventProducer producer, EventCodec codec, EventSchemaValidator schemas) {
        this.producer = producer;
        this.codec = codec;
        this.schemas = schemas;
    }

    /** Publishes the example envelope of {@code docs/events/examples} exactly as documented (the contract). */
    public void publishExample(String topic, String eventName) {
        EventEnvelope example = codec.parse(schemas.example(eventName).toString());
        producer.sendAndWait(topic, example.subject(), codec.serialize(example),
                Map.of(KafkaHeaderNames.EVENT_ID, example.id().toString(), KafkaHeaderNames.EVENT_TYPE, example.type()));
    }

    /**
     * Publishes the documented example of {@code eventName} as a new event (fresh id) with some of its data fields
     * replaced, e.g. the application and line ids of the test's own application.
     */
    public EventEnvelope publishExampleWith(String topic, String eventName, String subject, Map<String, ?> data) {
        ObjectNode example = (ObjectNode) schemas.example(eventName).deepCopy();
        ObjectNode fields = (ObjectNode) example.get("data");
        data.forEach((field, value) -> fields.set(field, codec.toTree(value)));
        EventEnvelope template = codec.parse(example.toString());
        EventEnvelope event = codec.envelope(template.source(), template.type(), subject, Instant.now(), fields);
        schemas.validate(event);
        producer.sendAndWait(topic, subject, codec.serialize(event),
                Map.of(KafkaHeaderNames.EVENT_ID, event.id().toString(), KafkaHeaderNames.EVENT_TYPE, event.type()));
        return event;
    }

    public EventEnvelope publish(String topic, String context, String name, String subject, Object data) {
        EventEnvelope event = codec.envelope("/esurety/test", EventTypes.of(context, name), subject, Instant.now(), data);
        producer.sendAndWait(topic, subject, codec.serialize(event),
                Map.of(KafkaHeaderNames.EVENT_ID, event.id().toString(), KafkaHeaderNames.EVENT_TYPE, event.type()));
        return event;
    }
}
