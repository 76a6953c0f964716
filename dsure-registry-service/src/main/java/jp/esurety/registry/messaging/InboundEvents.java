package jp.esurety.registry.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.registry.service.RegisteringCertificate;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.inbox.EventRoutes;
import jp.esurety.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes issuance's certificates. */
@ApplicationScoped
public class InboundEvents {

    /** Also the Kafka consumer group (platform default: the application name). */
    public static final String GROUP = "dsure-registry-service";

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public InboundEvents(IdempotentConsumer consumer, EventCodec codec, RegisteringCertificate registering) {
        this.consumer = consumer;
        this.routes = EventRoutes.builder(codec)
                .on(EventTypes.of("issuance", "CertificateIssued"), RegistryEvents.CertificateIssued.class,
                        registering::register)
                .build();
    }

    @Incoming("issuance-events")
    @Blocking(ordered = true)
    public void onIssuanceEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }
}
