package jp.esurety.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaTestResourceTest {

    @Test
    void sharesOneBrokerThatDeliversRecords() throws Exception {
        Map<String, String> config = new KafkaTestResource().start();
        Map<String, String> again = new KafkaTestResource().start();

        String bootstrap = config.get("kafka.bootstrap.servers");
        assertThat(again).isEqualTo(config);
        assertThat(KafkaTestResource.bootstrapServers()).isEqualTo(bootstrap);

        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("resource-test", "k", "保証書発行")).get();
        }
        assertThat(consume(bootstrap, "resource-test")).containsExactly("保証書発行");
    }

    @Test
    void usesTheBrokerNamedInTheEnvironment() {
        KafkaServer server = KafkaServer.resolve(Map.of(KafkaServer.ENV_BOOTSTRAP, "kafka.ci:9092")::get);
        assertThat(server.bootstrapServers()).isEqualTo("kafka.ci:9092");
    }

    private static List<String> consume(String bootstrap, String topic) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "resource-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(20);
            while (values.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(consumed -> values.add(consumed.value()));
            }
        }
        return values;
    }
}
