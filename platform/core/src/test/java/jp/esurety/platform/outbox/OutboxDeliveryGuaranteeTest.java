package jp.esurety.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.inbox.IdempotentConsumer;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.support.Effects;
import jp.esurety.platform.testing.TopicReader;
import jp.esurety.platform.support.Things;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drives relays by hand (the background relay is off) to prove the delivery guarantees. */
@QuarkusTest
@TestProfile(OutboxDeliveryGuaranteeTest.RelayOff.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class OutboxDeliveryGuaranteeTest {

    public static class RelayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("esurety.outbox.relay-enabled", "false");
        }
    }

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    EventProducer producer;
    @Inject
    IdempotentConsumer consumer;
    @Inject
    Effects effects;

    @Test
    void relayKilledBetweenSendAndMarkResendsButTheConsumerAppliesTheEventOnce() throws Exception {
        String topic = "guarantee-" + UUID.randomUUID();
        EventEnvelope event = publish(topic, "once");

        OutboxDrainer crashing = new OutboxDrainer(producer, 10, seqs -> {
            throw new IllegalStateException("relay killed after send, before mark");
        });
        try (Connection connection = relay.openConnection()) {
            assertThatThrownBy(() -> crashing.drain(connection)).hasMessageContaining("relay killed");
        }
        assertThat(effects.outboxRows("event_id = ? AND published_at IS NULL", event.id())).isEqualTo(1);

        try (Connection connection = relay.openConnection()) {
            assertThat(new OutboxDrainer(producer, 10, seqs -> { }).drain(connection)).isEqualTo(1);
        }
        assertThat(effects.outboxRows("event_id = ? AND published_at IS NOT NULL", event.id())).isEqualTo(1);

        List<ConsumerRecord<String, String>> records = TopicReader.read(topic, Duration.ofSeconds(10), r -> r.size() >= 2);
        assertThat(records).as("at-least-once: sent twice").hasSize(2);
        records.forEach(record -> consumer.consume(record, "guarantee-test",
                received -> effects.record(received.id(), "once")));

        assertThat(effects.countFor(event.id())).as("idempotent consumer: one effect").isEqualTo(1);
    }

    @Test
    void twoRelaysDrainingAtOnceNeverSendTheSameRowTwice() {
        String topic = "guarantee-" + UUID.randomUUID();
        int events = 300;
        Set<UUID> published = IntStream.range(0, events)
                .mapToObj(i -> publish(topic, "row-" + i).id())
                .collect(Collectors.toSet());

        List<CompletableFuture<Integer>> relays = List.of(drainAsync(), drainAsync());
        int sent = relays.stream().mapToInt(CompletableFuture::join).sum();

        List<ConsumerRecord<String, String>> records =
                TopicReader.read(topic, Duration.ofSeconds(20), r -> r.size() >= events);
        assertThat(sent).isEqualTo(events);
        assertThat(records).hasSize(events);
        assertThat(records.stream().map(r -> UUID.fromString(TopicReader.header(r, KafkaHeaderNames.EVENT_ID))))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(effects.outboxRows("topic = ? AND published_at IS NULL", topic)).isZero();
    }

    private CompletableFuture<Integer> drainAsync() {
        return CompletableFuture.supplyAsync(() -> {
            int total = 0;
            try (Connection connection = relay.openConnection()) {
                OutboxDrainer drainer = new OutboxDrainer(producer, 25, seqs -> { });
                for (int pass = 0; pass < 50; pass++) {
                    total += drainer.drain(connection);
                    if (effects.outboxRows("published_at IS NULL AND 1 = ?", 1) == 0) {
                        break;
                    }
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return total;
        });
    }

    private EventEnvelope publish(String topic, String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(topic, Things.TYPE, "agg-" + name, new Things.ThingHappened(name)));
    }
}
