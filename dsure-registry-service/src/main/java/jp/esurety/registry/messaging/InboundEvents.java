package jp.esurety.registry.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.registry.service.RecordingCertificateFacts;
import jp.esurety.registry.service.RegisteringCertificate;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.inbox.EventRoutes;
import jp.esurety.platform.inbox.IdempotentConsumer;
import jp.esurety.platform.inbox.ReplayableConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes issuance's certificate versions and later facts about them. */
@ApplicationScoped
public class InboundEvents implements ReplayableConsumer {

    /** Also the Kafka consumer group (platform default: the application name). */
    public static final String GROUP = "dsure-registry-service";

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public InboundEvents(IdempotentConsumer consumer, EventCodec codec, RegisteringCertificate registering,
                         RecordingCertificateFacts facts) {
        this.consumer = consumer;
        this.routes = EventRoutes.builder(codec)
                .on(EventTypes.of("issuance", "CertificateIssued"), RegistryEvents.CertificateIssued.class,
                        registering::register)
                .on(EventTypes.of("issuance", "CertificateAmended"), RegistryEvents.CertificateAmended.class,
                        registering::amend)
                .on(EventTypes.of("issuance", "CertificateCorrected"), RegistryEvents.CertificateCorrected.class,
                        registering::correct)
                .on(EventTypes.of("issuance", "AmendmentCancelled"), RegistryEvents.AmendmentCancelled.class,
                        facts::amendmentCancelled)
                .on(EventTypes.of("issuance", "GuaranteeCancelled"), RegistryEvents.GuaranteeCancelled.class,
                        facts::guaranteeCancelled)
                .on(EventTypes.of("issuance", "GuaranteeExpired"), RegistryEvents.GuaranteeExpired.class,
                        facts::guaranteeExpired)
                .on(EventTypes.of("issuance", "KeyReissued"), RegistryEvents.KeyReissued.class,
                        facts::keyReissued)
                .build();
    }

    @Incoming("issuance-events")
    @Blocking(ordered = true)
    public void onIssuanceEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }

    /** Ops' replay of a dead letter (platform ops API): the same idempotent path as a record from the broker. */
    @Override
    public void accept(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }
}
