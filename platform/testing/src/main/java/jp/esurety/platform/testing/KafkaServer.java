package jp.esurety.platform.testing;

import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.testcontainers.kafka.KafkaContainer;

import jp.esurety.platform.embedded.EmbeddedKafka;

/**
 * A Kafka broker for tests.
 *
 * @param bootstrapServers the {@code bootstrap.servers} value
 * @param origin           where the broker comes from, for the log
 */
record KafkaServer(String bootstrapServers, String origin) {

    static final String ENV_BOOTSTRAP = "ESURETY_TEST_KAFKA_BOOTSTRAP";

    private static final String PROPERTY_PREFIX = "esurety-testing.kafka.";

    /** Broker-side categories, several hundred INFO lines per start; client categories keep their level. */
    private static final List<Logger> QUIET_BROKER_LOGGERS = Stream.of("kafka", "state.change.logger",
                    "org.apache.kafka.controller", "org.apache.kafka.coordinator", "org.apache.kafka.image",
                    "org.apache.kafka.metadata", "org.apache.kafka.queue", "org.apache.kafka.raft",
                    "org.apache.kafka.server", "org.apache.kafka.snapshot", "org.apache.kafka.storage")
            .map(Logger::getLogger)
            .toList();

    /** Environment bootstrap servers, else a container when Docker is available, else an embedded broker. */
    static KafkaServer resolve(Function<String, String> env) {
        String bootstrap = env.apply(ENV_BOOTSTRAP);
        if (bootstrap != null && !bootstrap.isBlank()) {
            return new KafkaServer(bootstrap, ENV_BOOTSTRAP);
        }
        return SharedServers.dockerAvailable() ? startContainer() : startEmbedded();
    }

    static KafkaServer fromSystemProperties() {
        String bootstrap = System.getProperty(PROPERTY_PREFIX + "bootstrap-servers");
        return bootstrap == null ? null : new KafkaServer(bootstrap, System.getProperty(PROPERTY_PREFIX + "origin"));
    }

    void publish() {
        System.setProperty(PROPERTY_PREFIX + "origin", origin);
        System.setProperty(PROPERTY_PREFIX + "bootstrap-servers", bootstrapServers);
    }

    @Override
    public String toString() {
        return origin + " " + bootstrapServers;
    }

    private static KafkaServer startContainer() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1")
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        SharedServers.stopOnExit(container::stop, "Kafka");
        return new KafkaServer(container.getBootstrapServers(), "Testcontainers apache/kafka:4.1.1");
    }

    private static KafkaServer startEmbedded() {
        QUIET_BROKER_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
        EmbeddedKafka kafka = EmbeddedKafka.start(null, 0);
        SharedServers.stopOnExit(kafka, "Kafka");
        return new KafkaServer(kafka.bootstrapServers(), "embedded Kafka");
    }
}
