package jp.esurety.platform.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker, set as {@code kafka.bootstrap.servers} (read by SmallRye
 * Reactive Messaging and the Kafka client extensions).
 *
 * <p>The broker is, in this order: {@code ESURETY_TEST_KAFKA_BOOTSTRAP}, an {@code apache/kafka:4.1.1} container
 * when Docker is available, or an embedded single-node KRaft broker. It is started once per JVM and shared by all
 * test classes; topics are created on first use.
 *
 * <pre>{@code
 * @QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
 * }</pre>
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedServers.kafka().bootstrapServers());
    }

    /** Keeps the broker running: it is shared by later test classes and stops when the JVM exits. */
    @Override
    public void stop() {
        // the JVM-wide broker outlives a single Quarkus application
    }

    /**
     * For tests with their own producer or consumer.
     *
     * @return the {@code bootstrap.servers} of the running test broker
     * @throws IllegalStateException if no test resource started it
     */
    public static String bootstrapServers() {
        return SharedServers.started(KafkaServer::fromSystemProperties, KafkaTestResource.class).bootstrapServers();
    }
}
