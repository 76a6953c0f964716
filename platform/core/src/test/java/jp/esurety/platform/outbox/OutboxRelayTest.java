package jp.esurety.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaViolationException;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.support.Effects;
import jp.esurety.platform.testing.TopicReader;
import jp.esurety.platform.support.Things;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class OutboxRelayTest {

    @Inject
    Outbox outbox;
    @Inject
    EventCodec codec;
    @Inject
    Effects effects;

    @Test
    void committedEventIsPublishedWithItsIdAndTypeAsHeadersWithoutWaitingForThePoll() {
        String topic = "relay-" + UUID.randomUUID();
        EventEnvelope event = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(topic, Things.TYPE, "thing-1", new Things.ThingHappened("届いた")));

        // the fallback poll is 60 s in tests: arrival within 10 s means LISTEN/NOTIFY woke the relay
        List<ConsumerRecord<String, String>> records = TopicReader.read(topic, Duration.ofSeconds(10), r -> !r.isEmpty());

        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(record.key()).isEqualTo("thing-1");
        assertThat(TopicReader.header(record, KafkaHeaderNames.EVENT_ID)).isEqualTo(event.id().toString());
        assertThat(TopicReader.header(record, KafkaHeaderNames.EVENT_TYPE)).isEqualTo(Things.TYPE);
        EventEnvelope received = codec.parse(record.value());
        assertThat(received.id()).isEqualTo(event.id());
        assertThat(received.source()).isEqualTo("/esurety/platform-test");
        assertThat(received.data().get("name").asText()).isEqualTo("届いた");
    }

    @Test
    void rolledBackUseCaseLeavesNoEvent() {
        String topic = "relay-" + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(topic, Things.TYPE, "thing-2", new Things.ThingHappened("幻"));
            throw new IllegalStateException("use case failed after writing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(effects.outboxRows("topic = ?", topic)).isZero();
        assertThat(TopicReader.read(topic, Duration.ofSeconds(2), r -> !r.isEmpty())).isEmpty();
    }

    @Test
    void eventThatBreaksItsSchemaFailsTheUseCase() {
        String topic = "relay-" + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish(topic, Things.TYPE, "thing-3", new Things.ThingHappened(""))))
                .isInstanceOf(EventSchemaViolationException.class)
                .hasMessageContaining("name");
        assertThat(effects.outboxRows("topic = ?", topic)).isZero();
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish("relay-x", Things.TYPE, "thing-4", new Things.ThingHappened("x")))
                .hasMessageContaining("Transaction");
    }
}
