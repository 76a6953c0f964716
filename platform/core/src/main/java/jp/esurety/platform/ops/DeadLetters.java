package jp.esurety.platform.ops;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.inbox.DeadLetterPublisher;
import jp.esurety.platform.inbox.ReplayableConsumer;
import jp.esurety.platform.kafka.KafkaClientProperties;
import jp.esurety.platform.problem.ProblemException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The service's dead-letter topics ({@code <topic>.<service>.dlt}) for ops: read them without joining a consumer
 * group, and run one record through the service's own consumer again — at most once, remembered in
 * {@code dead_letter_replay}. The consumer's {@code processed_event} guard keeps a replay of an applied event harmless.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);

    /** One dead-letter record with where it came from and why it failed. */
    public record DeadLetter(String topic, int partition, long offset, Instant deadAt, String key, String eventId,
                             String eventType, String originalTopic, Integer originalPartition, Long originalOffset,
                             String reason, String exception, String value, Replay replay) {
    }

    /** Who sent a dead letter back to its topic, and when. */
    public record Replay(String targetTopic, String replayedBy, Instant replayedAt) {
    }

    private final String bootstrapServers;
    private final String consumerGroup;
    private final Config config;
    private final Instance<ReplayableConsumer> consumers;
    private final AgroalDataSource dataSource;

    public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.application.name") String consumerGroup, Config config,
                       Instance<ReplayableConsumer> consumers, AgroalDataSource dataSource) {
        this.bootstrapServers = bootstrapServers;
        this.consumerGroup = consumerGroup;
        this.config = config;
        this.consumers = consumers;
        this.dataSource = dataSource;
    }

    /** This service's dead-letter topics that exist on the broker. */
    public Set<String> topics() {
        try (Admin admin = Admin.create(KafkaClientProperties.connection(bootstrapServers, config))) {
            Set<String> names = admin.listTopics().names().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Set<String> ours = new TreeSet<>();
            for (String name : names) {
                if (name.endsWith("." + consumerGroup + ".dlt")) {
                    ours.add(name);
                }
            }
            return ours;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not list its topics", e);
        }
    }

    /** The newest dead letters (at most {@code limit} per topic), newest first. */
    public List<DeadLetter> list(Optional<String> topic, int limit) {
        Set<String> topics = topics();
        if (topic.isPresent()) {
            requireOurs(topic.get(), topics);
            topics = Set.of(topic.get());
        }
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (String t : topics) {
                letters.addAll(readNewest(consumer, t, limit));
            }
        }
        Map<String, Replay> replays = replays();
        return letters.stream()
                .map(l -> withReplay(l, replays.get(key(l.topic(), l.partition(), l.offset()))))
                .sorted(Comparator.comparing(DeadLetter::deadAt).reversed())
                .toList();
    }

    /**
     * Runs one dead letter through this service's consumer again, as if it came from its original topic: applied
     * once if the cause is fixed, dead-lettered anew otherwise. A letter is replayed at most once. The record is
     * not written back to the original topic: that topic belongs to another service (Kafka ACLs).
     */
    public Replay replay(String topic, int partition, long offset, String replayedBy) {
        requireOurs(topic, topics());
        if (replays().containsKey(key(topic, partition, offset))) {
            throw ProblemException.conflict("このデッドレターは再処理済みです。");
        }
        ConsumerRecord<String, String> record = readRecord(topic, partition, offset)
                .orElseThrow(() -> ProblemException.notFound("その位置にデッドレターはありません。"));
        DeadLetter letter = toLetter(record);
        if (letter.originalTopic() == null || letter.originalPartition() == null || letter.originalOffset() == null) {
            throw ProblemException.conflict("受信元の位置が記録されていないため再処理できません。");
        }
        if (!consumers.isResolvable()) {
            throw ProblemException.conflict("このサービスには再処理できる受信処理がありません。");
        }
        consumers.get().accept(asReceived(record, letter));
        Replay replay = new Replay(letter.originalTopic(), replayedBy, Instant.now());
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO dead_letter_replay (dlt_topic, dlt_partition, dlt_offset, target_topic, replayed_by, replayed_at)
                     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            insert.setString(1, topic);
            insert.setInt(2, partition);
            insert.setLong(3, offset);
            insert.setString(4, replay.targetTopic());
            insert.setString(5, replayedBy);
            insert.setTimestamp(6, Timestamp.from(replay.replayedAt()));
            if (insert.executeUpdate() == 0) {
                // a concurrent replay got there first; the consumer's processed_event guard applied the event once
                throw ProblemException.conflict("このデッドレターは再処理済みです。");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the replay", e);
        }
        return replay;
    }

    /** The dead letter as the consumer first received it, marked as a replay. */
    private static ConsumerRecord<String, String> asReceived(ConsumerRecord<String, String> record, DeadLetter letter) {
        ConsumerRecord<String, String> again = new ConsumerRecord<>(letter.originalTopic(), letter.originalPartition(),
                letter.originalOffset(), record.key(), record.value());
        for (Header h : record.headers()) {
            if (!h.key().startsWith("esurety-dlt-")) {
                again.headers().add(h);
            }
        }
        again.headers().add("esurety-replayed-from",
                key(record.topic(), record.partition(), record.offset()).getBytes(StandardCharsets.UTF_8));
        return again;
    }

    private void requireOurs(String topic, Set<String> ours) {
        if (!ours.contains(topic)) {
            throw ProblemException.notFound("このサービスのデッドレタートピックではありません: " + topic);
        }
    }

    private Optional<ConsumerRecord<String, String>> readRecord(String topic, int partition, long offset) {
        TopicPartition tp = new TopicPartition(topic, partition);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            if (consumer.partitionsFor(topic, KAFKA_TIMEOUT).stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            long end = consumer.endOffsets(List.of(tp), KAFKA_TIMEOUT).get(tp);
            long begin = consumer.beginningOffsets(List.of(tp), KAFKA_TIMEOUT).get(tp);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + KAFKA_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == offset) {
                        return Optional.of(r);
                    }
                    if (r.offset() > offset) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    private List<DeadLetter> readNewest(KafkaConsumer<String, String> consumer, String topic, int limit) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, KAFKA_TIMEOUT).stream()
                .map((PartitionInfo p) -> new TopicPartition(topic, p.partition()))
                .toList();
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, KAFKA_TIMEOUT);
        consumer.assign(partitions);
        List<DeadLetter> letters = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            consumer.seek(tp, Math.max(begins.get(tp), ends.get(tp) - limit));
        }
        long deadline = System.nanoTime() + KAFKA_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                letters.add(toLetter(r));
            }
        }
        consumer.unsubscribe();
        return letters.stream().sorted(Comparator.comparing(DeadLetter::deadAt).reversed()).limit(limit).toList();
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = KafkaClientProperties.connection(bootstrapServers, config);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, consumerGroup + "-dead-letter-reader");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static DeadLetter toLetter(ConsumerRecord<String, String> r) {
        return new DeadLetter(r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()), r.key(),
                header(r, KafkaHeaderNames.EVENT_ID), header(r, KafkaHeaderNames.EVENT_TYPE),
                header(r, DeadLetterPublisher.ORIGINAL_TOPIC), integer(header(r, DeadLetterPublisher.ORIGINAL_PARTITION)),
                longValue(header(r, DeadLetterPublisher.ORIGINAL_OFFSET)), header(r, DeadLetterPublisher.REASON),
                header(r, DeadLetterPublisher.EXCEPTION), r.value(), null);
    }

    private static DeadLetter withReplay(DeadLetter l, Replay replay) {
        return new DeadLetter(l.topic(), l.partition(), l.offset(), l.deadAt(), l.key(), l.eventId(), l.eventType(),
                l.originalTopic(), l.originalPartition(), l.originalOffset(), l.reason(), l.exception(), l.value(), replay);
    }

    private Map<String, Replay> replays() {
        Map<String, Replay> replays = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT dlt_topic, dlt_partition, dlt_offset, target_topic, replayed_by, replayed_at FROM dead_letter_replay");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                replays.put(key(rs.getString(1), rs.getInt(2), rs.getLong(3)),
                        new Replay(rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the replays", e);
        }
        return replays;
    }

    private static String key(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static Long longValue(String s) {
        return s == null ? null : Long.valueOf(s);
    }
}
