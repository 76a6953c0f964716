package jp.esurety.platform.support;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.inbox.IdempotentConsumer;
import jp.esurety.platform.inbox.ReplayableConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A consumer written the way services write theirs: SmallRye @Incoming + the platform's IdempotentConsumer. */
@ApplicationScoped
public class ThingConsumer implements ReplayableConsumer {

    public static final String GROUP = "platform-test";
    /** A thing whose name starts so fails its first attempts as a lost concurrent update, not as a bug. */
    public static final String CONFLICTING = "conflicting-";

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final Effects effects;
    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public ThingConsumer(IdempotentConsumer consumer, EventCodec codec, Effects effects) {
        this.consumer = consumer;
        this.codec = codec;
        this.effects = effects;
    }

    @Incoming("things")
    @Blocking(ordered = true)
    public void onThing(ConsumerRecord<String, String> record) {
        accept(record);
    }

    @Override
    public void accept(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, event -> {
            Things.ThingHappened thing = codec.dataAs(event, Things.ThingHappened.class);
            int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            effects.record(event.id(), thing.name());
            if (thing.failTimes() != null && attempt <= thing.failTimes()) {
                if (thing.name().startsWith(CONFLICTING)) {
                    // what the JDBC driver reports when a concurrent transaction won (serialization failure)
                    throw new IllegalStateException("update lost to a concurrent one",
                            new java.sql.SQLException("could not serialize access", "40001"));
                }
                throw new IllegalStateException("failing on purpose, attempt " + attempt);
            }
        });
    }

    public int attemptsFor(UUID eventId) {
        AtomicInteger n = attempts.get(eventId);
        return n == null ? 0 : n.get();
    }
}
