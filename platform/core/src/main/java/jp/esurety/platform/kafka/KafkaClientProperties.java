package jp.esurety.platform.kafka;

import org.apache.kafka.clients.CommonClientConfigs;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Properties;

/**
 * The connection settings every plain Kafka client of a service needs: the bootstrap servers and the same security
 * settings SmallRye's channels get ({@code kafka.security.protocol}, {@code kafka.sasl.*}, {@code kafka.ssl.*}).
 */
public final class KafkaClientProperties {

    private static final List<String> CLIENT_PREFIXES = List.of("security.", "sasl.", "ssl.");

    private KafkaClientProperties() {
    }

    public static Properties connection(String bootstrapServers, Config config) {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        for (String name : config.getPropertyNames()) {
            String client = name.startsWith("kafka.") ? name.substring("kafka.".length()) : null;
            if (client != null && CLIENT_PREFIXES.stream().anyMatch(client::startsWith)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> p.put(client, value));
            }
        }
        return p;
    }
}
