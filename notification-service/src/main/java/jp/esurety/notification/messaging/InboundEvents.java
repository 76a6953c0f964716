package jp.esurety.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.notification.service.PreparingKeyNotice;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.inbox.EventRoutes;
import jp.esurety.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the three facts a key notice needs, from three topics, in whatever order they come. */
@ApplicationScoped
public class InboundEvents {

    /** Also the Kafka consumer group (platform default: the application name). */
    public static final String GROUP = "notification-service";

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public InboundEvents(IdempotentConsumer consumer, EventCodec codec, PreparingKeyNotice preparing) {
        this.consumer = consumer;
        this.routes = EventRoutes.builder(codec)
                .on(EventTypes.of("application", "ApplicationSubmitted"), NotificationEvents.ApplicationSubmitted.class,
                        preparing::applicationSubmitted)
                .on(EventTypes.of("issuance", "CertificateIssued"), NotificationEvents.CertificateIssued.class,
                        preparing::certificateIssued)
                .on(EventTypes.of("registry", "CertificateRegistered"), NotificationEvents.CertificateRegistered.class,
                        preparing::certificateRegistered)
                .build();
    }

    @Incoming("application-events")
    @Blocking(ordered = true)
    public void onApplicationEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }

    @Incoming("issuance-events")
    @Blocking(ordered = true)
    public void onIssuanceEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }

    @Incoming("registry-events")
    @Blocking(ordered = true)
    public void onRegistryEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }
}
