package jp.esurety.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the business events of the run as they happen (from the end of each topic, no consumer group, so it takes
 * nothing from the services) and keeps, per application, the time each step reports in its event and the time the
 * bench saw the event.
 */
public final class EventTap implements AutoCloseable {

    static final List<String> TOPICS = List.of("application-events", "issuance-events", "registry-events",
            "notification-events");

    /** What happened to one application, by the events' own timestamps; null = not yet. */
    public static final class Trace {
        volatile Instant submittedAt;
        volatile Instant approvedAt;
        volatile Instant issuedAt;
        volatile Instant registeredAt;
        volatile Instant registeredSeen;
        volatile Instant mailSentAt;
        volatile Instant mailSeen;
        volatile String contractNumber;
        volatile String mailTo;

        public String contractNumber() {
            return contractNumber;
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Trace> traces = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    public EventTap(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "esurety-bench-tap");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start now, before the load begins
        poller = Thread.ofPlatform().name("bench-event-tap").daemon().start(this::poll);
    }

    /** @return the trace of an application (created empty when no event arrived yet) */
    public Trace trace(String applicationId) {
        return traces.computeIfAbsent(applicationId, id -> new Trace());
    }

    /** @return whether every one of these applications has its certificate registered and its mail sent */
    public boolean allDone(Collection<String> applicationIds) {
        return applicationIds.stream().map(this::trace)
                .allMatch(t -> t.registeredSeen != null && t.mailSeen != null);
    }

    private void poll() {
        while (running) {
            try {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    accept(record.value(), Instant.now());
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return;
            }
        }
    }

    void accept(String value, Instant seen) {
        JsonNode event;
        try {
            event = json.readTree(value);
        } catch (IOException e) {
            return;
        }
        String type = event.path("type").asText("");
        JsonNode data = event.path("data");
        String applicationId = data.path("applicationId").asText(null);
        if (applicationId == null) {
            return;
        }
        Trace trace = trace(applicationId);
        switch (type) {
            case "jp.esurety.application.ApplicationSubmitted.v1" -> trace.submittedAt = instant(data, "submittedAt");
            case "jp.esurety.issuance.ApplicationApproved.v1" -> trace.approvedAt = instant(data, "approvedAt");
            case "jp.esurety.issuance.CertificateIssued.v1" -> {
                trace.issuedAt = instant(data, "issuedAt");
                trace.contractNumber = data.path("contractNumber").asText(null);
            }
            case "jp.esurety.registry.CertificateRegistered.v1" -> {
                trace.registeredAt = instant(data, "registeredAt");
                trace.contractNumber = data.path("contractNumber").asText(null);
                trace.registeredSeen = seen;
            }
            case "jp.esurety.notification.MailDelivered.v1" -> {
                if ("COMPLETION_MAIL".equals(data.path("messageType").asText())) {
                    trace.mailSentAt = instant(data, "sentAt");
                    trace.mailTo = data.path("to").asText(null);
                    trace.mailSeen = seen;
                }
            }
            default -> {
            }
        }
    }

    private static Instant instant(JsonNode data, String field) {
        String text = data.path(field).asText(null);
        return text == null ? null : Instant.parse(text);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(5));
    }
}
