package jp.esurety.notification.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jp.esurety.platform.testing.KafkaTestResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Creates the topics notification reads and writes before the application starts, so its consumers are assigned
 * partitions at once instead of waiting for a metadata refresh after the first test event auto-creates them.
 */
public class NotificationTopicsResource implements QuarkusTestResourceLifecycleManager {

    private static final List<String> TOPICS = List.of("application-events", "issuance-events", "registry-events",
            "notification-events");

    @Override
    public Map<String, String> start() {
        Map<String, String> kafka = new KafkaTestResource().start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.get("kafka.bootstrap.servers")))) {
            for (String topic : TOPICS) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return kafka;
    }

    @Override
    public void stop() {
        // topics and broker outlive the application
    }
}
