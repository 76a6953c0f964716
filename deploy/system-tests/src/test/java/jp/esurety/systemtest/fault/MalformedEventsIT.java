package jp.esurety.systemtest.fault;

import io.restassured.path.json.JsonPath;
import jp.esurety.local.Realm;
import jp.esurety.local.Service;
import jp.esurety.systemtest.fault.ApplicationLoad.Submitted;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 4: malformed and schema-violating records on every topic — garbage bytes, text that is not JSON, JSON
 * that is not a CloudEvents envelope, an envelope whose data violates its event's JSON Schema, an event type no
 * schema knows. Every consumer group of the topic sends each of them to its dead-letter topic
 * {@code <topic>.<group>.dlt} once and goes on: ops see them on {@code /api/ops/dead-letters}, and a valid
 * application sent after them completes.
 */
@Order(FaultOrder.MALFORMED_EVENTS)
class MalformedEventsIT extends FaultScenario {

    /** Each topic, the consumer groups that read it, and a real event type published on it. */
    private static final Map<String, List<String>> CONSUMERS = new LinkedHashMap<>();
    private static final Map<String, String> REAL_TYPE = Map.of(
            "application-events", "jp.esurety.application.ApplicationSubmitted.v1",
            "issuance-events", "jp.esurety.issuance.CertificateIssued.v1",
            "registry-events", "jp.esurety.registry.CertificateRegistered.v1",
            "notification-events", "jp.esurety.notification.MailDelivered.v1");

    static {
        CONSUMERS.put("application-events", List.of("issuance-service", "notification-service"));
        CONSUMERS.put("issuance-events", List.of("application-service", "dsure-registry-service",
                "notification-service"));
        CONSUMERS.put("registry-events", List.of("application-service", "issuance-service", "notification-service"));
        CONSUMERS.put("notification-events", List.of("application-service"));
    }

    private static final List<String> KINDS = List.of("garbage bytes", "not JSON", "JSON, not an envelope",
            "schema violation", "unknown event type");

    @Test
    void everyMalformedRecordLandsInEachConsumersDeadLetterTopicAndValidEventsStillFlow() throws Exception {
        int perTopic = settings.malformedPerTopic();
        FaultReport.Section section = new FaultReport.Section("4. " + perTopic + " malformed records on each topic",
                "Kinds in turn: " + String.join(", ", KINDS) + ". Asserts: each record reaches the dead-letter "
                        + "topic of every consumer group of its topic exactly once, ops can list them, and a valid "
                        + "application sent afterwards completes (nothing lost or doubled for it).");
        String keyPrefix = "fault-" + runTag + "-";
        Instant start = Instant.now();
        produceMalformed(perTopic, keyPrefix);
        section.figure("records produced (4 topics)", perTopic * CONSUMERS.size());

        Map<String, Integer> deadLettered = awaitDeadLetters(keyPrefix, perTopic);
        deadLettered.forEach((dlt, count) -> section.figure("in " + dlt, count));
        section.figure("seconds until all were dead-lettered", Duration.between(start, Instant.now()).toSeconds());

        List<String> listed = opsListOfTheApplicationService();
        long ours = listed.stream().filter(key -> key != null && key.startsWith(keyPrefix)).count();
        section.figure("listed by GET /api/ops/dead-letters on application-service (newest 500 per topic)", ours);

        try (ApplicationLoad load = new ApplicationLoad(endpoints, runTag)) {
            Instant applied = Instant.now();
            Submitted valid = load.submit(0);
            assertNothingLostOrDoubled(List.of(valid), load, section, applied);
        }
        deadLettered.forEach((dlt, count) -> assertThat(count).as("records of this run in " + dlt)
                .isEqualTo(perTopic));
        assertThat(ours).as("dead letters ops see").isPositive();
    }

    private void produceMalformed(int perTopic, String keyPrefix) throws Exception {
        Random random = new Random(42);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"))) {
            List<Future<?>> sent = new ArrayList<>();
            for (String topic : CONSUMERS.keySet()) {
                for (int i = 0; i < perTopic; i++) {
                    byte[] value = malformed(KINDS.get(i % KINDS.size()), topic, i, random);
                    sent.add(producer.send(new ProducerRecord<>(topic, keyPrefix + i, value)));
                }
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }
    }

    private static byte[] malformed(String kind, String topic, int i, Random random) {
        String context = REAL_TYPE.get(topic).split("\\.")[2];
        String envelope = """
                {"specversion": "1.0", "id": "%s", "source": "/esurety/fault-test", "type": "%s",
                 "subject": "fault-%d", "time": "2026-12-01T00:00:00Z", "datacontenttype": "application/json",
                 "data": %s}""";
        return switch (kind) {
            case "garbage bytes" -> {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case "not JSON" -> ("{\"specversion\": \"1.0\", \"id\": " + i + ", \"data\": {").getBytes(StandardCharsets.UTF_8);
            case "JSON, not an envelope" -> ("[\"fault\", " + i + "]").getBytes(StandardCharsets.UTF_8);
            case "schema violation" -> envelope.formatted(UUID.randomUUID(), REAL_TYPE.get(topic), i,
                    "{\"faultInjected\": " + i + "}").getBytes(StandardCharsets.UTF_8);
            case "unknown event type" -> envelope.formatted(UUID.randomUUID(),
                    "jp.esurety." + context + ".FaultInjected.v1", i, "{}").getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Counts this run's records in every dead-letter topic until each has them all or the deadline passes. */
    private Map<String, Integer> awaitDeadLetters(String keyPrefix, int perTopic) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        CONSUMERS.forEach((topic, groups) -> groups.forEach(group -> counts.put(topic + "." + group + ".dlt", 0)));
        Instant deadline = Instant.now().plus(settings.settleTimeout());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"))) {
            List<TopicPartition> assigned = new ArrayList<>();
            while (assigned.size() < counts.size() && Instant.now().isBefore(deadline)) {
                assigned.clear();
                for (String dlt : counts.keySet()) {
                    List<PartitionInfo> partitions = consumer.partitionsFor(dlt, Duration.ofSeconds(5));
                    if (partitions != null && !partitions.isEmpty()) {
                        partitions.forEach(p -> assigned.add(new TopicPartition(p.topic(), p.partition())));
                    }
                }
                if (assigned.stream().map(TopicPartition::topic).distinct().count() < counts.size()) {
                    assigned.clear();
                    sleep(Duration.ofSeconds(1));
                }
            }
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            while (counts.values().stream().anyMatch(c -> c < perTopic) && Instant.now().isBefore(deadline)) {
                count(consumer.poll(Duration.ofMillis(500)), keyPrefix, counts);
            }
            // a doubled dead letter would arrive a moment later: read once more
            count(consumer.poll(Duration.ofSeconds(3)), keyPrefix, counts);
        }
        return counts;
    }

    /** Counts the records of this run whose header names the topic the dead-letter topic belongs to. */
    private static void count(Iterable<ConsumerRecord<String, byte[]>> records, String keyPrefix,
                              Map<String, Integer> counts) {
        for (ConsumerRecord<String, byte[]> record : records) {
            String topic = record.topic().substring(0, record.topic().indexOf('.'));
            Header original = record.headers().lastHeader("esurety-dlt-original-topic");
            if (record.key() != null && record.key().startsWith(keyPrefix) && original != null
                    && topic.equals(new String(original.value(), StandardCharsets.UTF_8))) {
                counts.merge(record.topic(), 1, Integer::sum);
            }
        }
    }

    /** The keys of the dead letters ops see on the application service (role ops, its own port). */
    private List<String> opsListOfTheApplicationService() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = new Tokens(endpoints, http).of(Realm.NETDESK, "ops1");
        HttpRequest request = HttpRequest.newBuilder(endpoints.serviceUrl(Service.APPLICATION)
                        .resolve("/api/ops/dead-letters?limit=500"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET /api/ops/dead-letters as ops1").isEqualTo(200);
        return JsonPath.from(response.body()).getList("key", String.class);
    }
}
