package jp.esurety.platform.kafka;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jp.esurety.platform.events.KafkaHeaderNames;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The service's one idempotent Kafka producer (acks=all, idempotence on), shared by the outbox relay and the
 * dead-letter publisher. Reads {@code kafka.bootstrap.servers}, the property SmallRye Messaging also uses.
 */
@ApplicationScoped
public class EventProducer {

    private final String bootstrapServers;
    private final Config config;
    private volatile Producer<String, String> producer;

    public EventProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, Config config) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
    }

    /** Sends without waiting; the caller flushes and checks the futures. */
    public Future<RecordMetadata> send(String topic, String key, String value, Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        recordHeaders.add(KafkaHeaderNames.CONTENT_TYPE, KafkaHeaderNames.CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, content) -> recordHeaders.add(name, content.getBytes(StandardCharsets.UTF_8)));
        return producer().send(new ProducerRecord<>(topic, null, key, value, recordHeaders));
    }

    /** Sends and waits for the broker's acknowledgement. */
    public RecordMetadata sendAndWait(String topic, String key, String value, Map<String, String> headers) {
        try {
            return send(topic, key, value, headers).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not accept a record for " + topic, e.getCause());
        }
    }

    public void flush() {
        producer().flush();
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(config());
                }
                current = producer;
            }
        }
        return current;
    }

    private Properties config() {
        Properties p = KafkaClientProperties.connection(bootstrapServers, config);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }

    void close(@Observes ShutdownEvent event) {
        Producer<String, String> current = producer;
        if (current != null) {
            current.close();
        }
    }
}
