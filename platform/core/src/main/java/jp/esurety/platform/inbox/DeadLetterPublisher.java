package jp.esurety.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.platform.kafka.EventProducer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a record that could not be processed to {@code <topic>.<consumer-group>.dlt}, unchanged, with headers that
 * say where it came from and why it failed. Waits for the broker: a dead letter is never lost.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    public static final String ORIGINAL_TOPIC = "esurety-dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "esurety-dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "esurety-dlt-original-offset";
    public static final String REASON = "esurety-dlt-reason";
    public static final String EXCEPTION = "esurety-dlt-exception";

    private final EventProducer producer;
    private final MeterRegistry registry;

    public DeadLetterPublisher(EventProducer producer, MeterRegistry registry) {
        this.producer = producer;
        this.registry = registry;
    }

    /** The dead-letter topic of a topic for one consumer group. */
    public static String topicFor(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }

    public void send(ConsumerRecord<String, String> record, String consumerGroup, Throwable cause) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        headers.put(ORIGINAL_TOPIC, record.topic());
        headers.put(ORIGINAL_PARTITION, Integer.toString(record.partition()));
        headers.put(ORIGINAL_OFFSET, Long.toString(record.offset()));
        headers.put(REASON, String.valueOf(cause.getMessage()));
        headers.put(EXCEPTION, cause.getClass().getName());
        String deadLetterTopic = topicFor(record.topic(), consumerGroup);
        producer.sendAndWait(deadLetterTopic, record.key(), record.value(), headers);
        registry.counter("esurety.dlt.published", "topic", deadLetterTopic).increment();
    }
}
