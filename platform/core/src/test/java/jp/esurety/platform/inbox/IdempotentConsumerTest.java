package jp.esurety.platform.inbox;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.support.Effects;
import jp.esurety.platform.testing.TopicReader;
import jp.esurety.platform.support.ThingConsumer;
import jp.esurety.platform.support.Things;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real SmallRye consumer of {@code thing-events} in the test app, fed through the real broker. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class IdempotentConsumerTest {

    private static final String TOPIC = "thing-events";
    private static final String DLT = DeadLetterPublisher.topicFor(TOPIC, ThingConsumer.GROUP);

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    Effects effects;
    @Inject
    ThingConsumer things;

    @Test
    void poisonEventGoesToTheDeadLetterTopicAndTheNextEventIsStillConsumed() {
        String poison = "{not a cloud event " + UUID.randomUUID();
        producer.sendAndWait(TOPIC, "k", poison, Map.of());
        EventEnvelope next = send(new Things.ThingHappened("after-poison-" + UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(20)).until(() -> effects.countFor(next.id()) == 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.read(DLT, Duration.ofSeconds(10),
                r -> r.stream().anyMatch(x -> poison.equals(x.value())));
        ConsumerRecord<String, String> deadLetter = dead.stream().filter(x -> poison.equals(x.value())).findFirst()
                .orElseThrow();
        assertThat(TopicReader.header(deadLetter, DeadLetterPublisher.ORIGINAL_TOPIC)).isEqualTo(TOPIC);
        assertThat(TopicReader.header(deadLetter, DeadLetterPublisher.REASON)).contains("CloudEvents");
    }

    @Test
    void eventBreakingItsSchemaIsDeadLetteredWithoutBeingHandled() {
        EventEnvelope invalid = EventEnvelope.create("/esurety/test", Things.TYPE, "k", Instant.now(),
                codec.toTree(Map.of("unexpected", "field")));
        producer.sendAndWait(TOPIC, "k", codec.serialize(invalid), Map.of(KafkaHeaderNames.EVENT_ID, invalid.id().toString()));
        EventEnvelope next = send(new Things.ThingHappened("after-invalid-" + UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(20)).until(() -> effects.countFor(next.id()) == 1);
        assertThat(deadLettered(invalid)).isTrue();
        assertThat(things.attemptsFor(invalid.id())).isZero();
    }

    @Test
    void transientFailureIsRetriedInAFreshTransactionAndAppliedOnce() {
        EventEnvelope flaky = send(new Things.ThingHappened("flaky-" + UUID.randomUUID(), 2));

        await().atMost(Duration.ofSeconds(20)).until(() -> effects.countFor(flaky.id()) == 1);
        assertThat(things.attemptsFor(flaky.id())).isEqualTo(3);
        assertThat(effects.countFor(flaky.id())).as("failed attempts rolled back").isEqualTo(1);
    }

    @Test
    void eventFailingEveryAttemptEndsInTheDeadLetterTopicAndConsumptionGoesOn() {
        EventEnvelope hopeless = send(new Things.ThingHappened("hopeless-" + UUID.randomUUID(), 99));
        EventEnvelope next = send(new Things.ThingHappened("after-hopeless-" + UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(20)).until(() -> effects.countFor(next.id()) == 1);
        assertThat(things.attemptsFor(hopeless.id())).isEqualTo(3);
        assertThat(effects.countFor(hopeless.id())).isZero();
        assertThat(deadLettered(hopeless)).isTrue();
    }

    @Test
    void anUpdateLostToAConcurrentTransactionIsRetriedBeyondTheAttemptsForFailures() {
        // more conflicts in a row than max-attempts (3) allows failures: a conflict is not the event's fault
        EventEnvelope contended = send(new Things.ThingHappened(ThingConsumer.CONFLICTING + UUID.randomUUID(), 6));

        await().atMost(Duration.ofSeconds(20)).until(() -> effects.countFor(contended.id()) == 1);
        assertThat(things.attemptsFor(contended.id())).isEqualTo(7);
        assertThat(deadLettered(contended)).isFalse();
    }

    @Test
    void redeliveredEventIsSkipped() {
        EventEnvelope event = send(new Things.ThingHappened("twice-" + UUID.randomUUID()));
        producer.sendAndWait(TOPIC, event.subject(), codec.serialize(event),
                Map.of(KafkaHeaderNames.EVENT_ID, event.id().toString()));
        EventEnvelope marker = send(new Things.ThingHappened("marker-" + UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(20)).until(() -> effects.countFor(marker.id()) == 1);
        assertThat(effects.countFor(event.id())).isEqualTo(1);
    }

    private EventEnvelope send(Things.ThingHappened thing) {
        EventEnvelope event = EventEnvelope.create("/esurety/test", Things.TYPE, thing.name(), Instant.now(),
                codec.toTree(thing));
        producer.sendAndWait(TOPIC, event.subject(), codec.serialize(event),
                Map.of(KafkaHeaderNames.EVENT_ID, event.id().toString(), KafkaHeaderNames.EVENT_TYPE, event.type()));
        return event;
    }

    private boolean deadLettered(EventEnvelope event) {
        return TopicReader.read(DLT, Duration.ofSeconds(10),
                        r -> r.stream().anyMatch(x -> event.id().toString().equals(TopicReader.header(x, KafkaHeaderNames.EVENT_ID))))
                .stream().anyMatch(x -> event.id().toString().equals(TopicReader.header(x, KafkaHeaderNames.EVENT_ID)));
    }
}
