package jp.esurety.platform.outbox;

import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.kafka.EventProducer;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One pass of the relay on its own JDBC connection: takes the oldest unpublished rows, sends them with the
 * idempotent producer, waits for every acknowledgement, then marks them published — all in one database
 * transaction. A crash between send and mark leaves the rows unpublished, so they are sent again
 * (at-least-once); consumers drop the duplicate by event id.
 *
 * <p>A transaction-scoped advisory lock lets one relay at a time drain, which keeps per-aggregate order across
 * replicas; {@code FOR UPDATE SKIP LOCKED} additionally guarantees no row is ever taken by two relays.
 */
public class OutboxDrainer {

    /** Called after the rows of a batch were acknowledged by Kafka and before they are marked (a test seam). */
    @FunctionalInterface
    public interface AfterSend {
        void sent(List<Long> seqs);
    }

    static final long ADVISORY_LOCK_KEY = 0x6f7574626f78L; // "outbox"

    private final EventProducer producer;
    private final int batchSize;
    private final AfterSend afterSend;

    public OutboxDrainer(EventProducer producer, int batchSize, AfterSend afterSend) {
        this.producer = producer;
        this.batchSize = batchSize;
        this.afterSend = afterSend;
    }

    /** Publishes everything currently pending; returns the number of rows published. */
    public int drain(Connection connection) throws SQLException {
        int total = 0;
        int published;
        do {
            published = drainBatch(connection);
            total += published;
        } while (published == batchSize);
        return total;
    }

    private int drainBatch(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (!tryLock(connection)) {
                connection.rollback();
                return 0;
            }
            List<PendingEvent> batch = lockBatch(connection);
            if (batch.isEmpty()) {
                connection.commit();
                return 0;
            }
            send(batch);
            List<Long> seqs = batch.stream().map(PendingEvent::seq).toList();
            afterSend.sent(seqs);
            markPublished(connection, seqs);
            connection.commit();
            return batch.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, ADVISORY_LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private List<PendingEvent> lockBatch(Connection connection) throws SQLException {
        String sql = """
                SELECT seq, event_id, topic, message_key, event_type, payload FROM outbox_event
                WHERE published_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""";
        List<PendingEvent> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    batch.add(new PendingEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return batch;
    }

    private void send(List<PendingEvent> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            acks.add(producer.send(event.topic(), event.key(), event.payload(),
                    Map.of(KafkaHeaderNames.EVENT_ID, event.eventId(), KafkaHeaderNames.EVENT_TYPE, event.type())));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing the outbox", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused an outbox event", e.getCause());
            }
        }
    }

    private static void markPublished(Connection connection, List<Long> seqs) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now() WHERE seq = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    /** Deletes rows published longer ago than {@code retention}. */
    public static int purgePublished(Connection connection, Duration retention) throws SQLException {
        connection.setAutoCommit(true);
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, retention.toSeconds());
            return delete.executeUpdate();
        }
    }

    private record PendingEvent(long seq, String eventId, String topic, String key, String type, String payload) {
    }
}
