package jp.esurety.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * The physical floor of one hop, measured on the same stack in the same run: one Kafka produce→consume round trip
 * (idempotent producer, acks=all, as the services' outbox relays send) and one PostgreSQL commit of a one-row insert.
 * Sequential, one at a time, after a warm-up.
 */
public final class Floor {

    static final String TOPIC = "esurety-bench-floor";

    /**
     * @param kafka  produce→consume round trip
     * @param commit one INSERT + COMMIT
     */
    public record Result(Latencies.Summary kafka, Latencies.Summary commit) {

        /** @return the floor of a path with this many commits and Kafka hand-offs, from the medians (ms) */
        public double path(int commits, int kafkaHops) {
            return Math.round((commits * commit.p50() + kafkaHops * kafka.p50()) * 100) / 100.0;
        }
    }

    private Floor() {
    }

    public static Result measure(String bootstrapServers, String postgresAdminUrl, String benchDatabaseUrl,
                                 String user, String password, int samples) {
        return new Result(kafka(bootstrapServers, samples), commit(postgresAdminUrl, benchDatabaseUrl, user, password,
                samples));
    }

    static Latencies.Summary kafka(String bootstrapServers, int samples) {
        createTopic(bootstrapServers);
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Latencies latencies = new Latencies();
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            int warmUp = Math.max(5, samples / 10);
            for (int i = 0; i < warmUp + samples; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, "k", "floor-" + i)).get();
                while (consumer.poll(Duration.ofMillis(50)).isEmpty()) {
                    if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
                        throw new IllegalStateException("floor record not consumed within 30 s");
                    }
                }
                if (i >= warmUp) {
                    latencies.recordNanos(System.nanoTime() - start);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("floor produce failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return latencies.summary();
    }

    private static void createTopic(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + TOPIC, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Latencies.Summary commit(String adminUrl, String benchUrl, String user, String password, int samples) {
        Latencies latencies = new Latencies();
        try {
            BenchDatabase.ensure(adminUrl, user, password);
            try (Connection connection = DriverManager.getConnection(benchUrl, user, password)) {
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("CREATE TABLE IF NOT EXISTS floor_commit (id BIGSERIAL PRIMARY KEY, "
                            + "at TIMESTAMPTZ NOT NULL DEFAULT now(), payload TEXT)");
                }
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO floor_commit (payload) VALUES (?)")) {
                    int warmUp = Math.max(5, samples / 10);
                    for (int i = 0; i < warmUp + samples; i++) {
                        long start = System.nanoTime();
                        insert.setString(1, "floor-" + i);
                        insert.executeUpdate();
                        connection.commit();
                        if (i >= warmUp) {
                            latencies.recordNanos(System.nanoTime() - start);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("floor commit failed", e);
        }
        return latencies.summary();
    }
}
