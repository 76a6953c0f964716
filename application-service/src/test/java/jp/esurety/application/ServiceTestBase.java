package jp.esurety.application;

import jakarta.inject.Inject;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.util.List;

/** What the service's {@code @QuarkusTest}s share: reference data present, and reading what the service published. */
public abstract class ServiceTestBase {

    @Inject
    protected TestEvents events;
    @Inject
    protected EventCodec codec;
    @Inject
    protected EventSchemaValidator schemas;

    @BeforeEach
    protected void referenceDataHasArrived() {
        Forms.referenceDataHasArrived(events);
    }

    /** The events published under {@code key} on application-events, each checked against its docs/events schema. */
    protected List<EventEnvelope> published(String key, int atLeast) {
        return valid(TopicReader.readKey("application-events", key, atLeast, Duration.ofSeconds(30)));
    }

    /** Every event published under {@code key} within {@code wait}: for asserting that nothing more came. */
    protected List<EventEnvelope> allPublished(String key, Duration wait) {
        return valid(TopicReader.read("application-events", wait, records -> false).stream()
                .filter(record -> key.equals(record.key())).toList());
    }

    private List<EventEnvelope> valid(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> {
            EventEnvelope event = codec.parse(record.value());
            schemas.validate(event);
            return event;
        }).toList();
    }
}
