package jp.esurety.platform.inbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.events.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a handler for a Kafka record exactly once per consumer group in effect: the {@code processed_event} guard
 * row is inserted in the same transaction as the handler's changes, so a redelivered event is skipped. A failing
 * handler is retried with back-off in a fresh transaction; after {@link InboxConfig#maxAttempts()} attempts — or at
 * once for a malformed, schema-violating or poison event — the record goes to the dead-letter topic and the consumer
 * moves on. A transaction that lost to a concurrent one (two consumers of one service updating the same row) is
 * retried at once and does not count as an attempt (up to {@link InboxConfig#maxConflictRetries()}).
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EventCodec codec;
    private final EventSchemaValidator schemas;
    private final DeadLetterPublisher deadLetters;
    private final AgroalDataSource dataSource;
    private final InboxConfig config;

    public IdempotentConsumer(EventCodec codec, EventSchemaValidator schemas, DeadLetterPublisher deadLetters,
                              AgroalDataSource dataSource, InboxConfig config) {
        this.codec = codec;
        this.schemas = schemas;
        this.deadLetters = deadLetters;
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Processes one record; returns normally once it is applied, was a duplicate, or went to the DLT. */
    public void consume(ConsumerRecord<String, String> record, String consumerGroup, EventHandler handler) {
        EventEnvelope event;
        try {
            event = codec.parse(record.value());
            schemas.validate(event);
        } catch (MalformedEventException e) {
            deadLetter(record, consumerGroup, e);
            return;
        }
        Duration backoff = config.initialBackoff();
        int conflicts = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(event, consumerGroup, handler));
                return;
            } catch (RuntimeException e) {
                Throwable poison = poisonIn(e);
                if (poison == null && isConcurrentUpdate(e) && conflicts < config.maxConflictRetries()) {
                    conflicts++;
                    attempt--; // not the event's failure: the other transaction committed, this one tries again
                    LOG.debugf("%s %s lost to a concurrent update (%d); retrying", event.type(), event.id(), conflicts);
                    sleep(Duration.ofMillis(Math.min(500, conflicts * 10L + ThreadLocalRandom.current().nextInt(20))));
                    continue;
                }
                if (poison != null || attempt >= config.maxAttempts()) {
                    deadLetter(record, consumerGroup, poison != null ? poison : rootCause(e));
                    return;
                }
                LOG.warnf("Attempt %d of %s %s failed (%s); retrying", attempt, event.type(), event.id(),
                        rootCause(e).getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private void applyOnce(EventEnvelope event, String consumerGroup, EventHandler handler) {
        if (!markProcessed(event, consumerGroup)) {
            LOG.debugf("Skipping duplicate %s %s", event.type(), event.id());
            return;
        }
        try {
            handler.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new HandlerFailedException(e);
        }
    }

    private boolean markProcessed(EventEnvelope event, String consumerGroup) {
        String sql = """
                INSERT INTO processed_event (consumer_group, event_id, event_type) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, consumerGroup);
            insert.setObject(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record processed event " + event.id(), e);
        }
    }

    private void deadLetter(ConsumerRecord<String, String> record, String consumerGroup, Throwable cause) {
        LOG.errorf("Sending record %s-%d@%d to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), cause.getMessage());
        deadLetters.send(record, consumerGroup, cause);
    }

    /**
     * Whether the transaction lost to a concurrent one: an optimistic-lock conflict (JPA / Hibernate, recognised by
     * name so that this library needs no ORM) or PostgreSQL's serialization failure (40001) or deadlock (40P01).
     */
    static boolean isConcurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleStateException")
                    || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.dialect.lock.OptimisticEntityLockException")) {
                return true;
            }
            if (t instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable poisonIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException || t instanceof MalformedEventException) {
                return t;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }

    /** Carries a checked exception out of the transaction lambda. */
    private static final class HandlerFailedException extends RuntimeException {
        HandlerFailedException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
