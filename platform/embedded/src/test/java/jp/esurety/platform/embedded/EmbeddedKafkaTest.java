package jp.esurety.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @Test
    void createsTopicsAndDeliversRecords() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(null, 0)) {
            kafka.createTopics(2, "application-events");
            kafka.createTopics(2, "application-events", "issuance-events");

            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                var topics = admin.describeTopics(List.of("application-events", "issuance-events"))
                        .allTopicNames().get();
                assertThat(topics.get("application-events").partitions()).hasSize(2);
                assertThat(topics.get("issuance-events").partitions()).hasSize(2);
            }
            produce(kafka, "application-events", "申込受付");
            assertThat(consumeAll(kafka, "application-events", 1)).containsExactly("申込受付");

            produce(kafka, "auto-created", "x");
            assertThat(consumeAll(kafka, "auto-created", 1)).containsExactly("x");
        }
    }

    @Test
    void keepsRecordsInGivenDirectoryAcrossRestarts(@TempDir Path logDir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0)) {
            produce(kafka, "kept", "before restart");
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0)) {
            assertThat(consumeAll(kafka, "kept", 1)).containsExactly("before restart");
        }
    }

    @Test
    void brokerStoppedAndStartedAgainKeepsItsPortAndRecords(@TempDir Path logDir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0)) {
            produce(kafka, "outage", "before the outage");

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress("localhost", port(kafka)), 1000))
                        .as("the client port is closed during the outage").isInstanceOf(IOException.class);
            }

            kafka.restart();
            assertThat(kafka.isRunning()).isTrue();
            produce(kafka, "outage", "after the outage");
            assertThat(consumeAll(kafka, "outage", 2)).containsExactly("before the outage", "after the outage");
        }
    }

    private static int port(EmbeddedKafka kafka) {
        return Integer.parseInt(kafka.bootstrapServers().substring(kafka.bootstrapServers().lastIndexOf(':') + 1));
    }

    private static void produce(EmbeddedKafka kafka, String topic, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        }
    }

    private static List<String> consumeAll(EmbeddedKafka kafka, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(20);
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> consumed : consumer.poll(Duration.ofMillis(200))) {
                    values.add(consumed.value());
                }
            }
        }
        return values;
    }
}
