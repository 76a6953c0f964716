package jp.esurety.issuance.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.issuance.service.UnderwritingApplication;
import jp.esurety.issuance.service.AmendingContract;
import jp.esurety.issuance.service.RecordingRegistration;
import jp.esurety.issuance.service.WithdrawingApplication;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.inbox.EventRoutes;
import jp.esurety.platform.inbox.IdempotentConsumer;
import jp.esurety.platform.inbox.ReplayableConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes applications (to underwrite, reopen when resubmitted, close when withdrawn) and the registry's confirmations (for the history). */
@ApplicationScoped
public class InboundEvents implements ReplayableConsumer {

    /** Also the Kafka consumer group (platform default: the application name). */
    public static final String GROUP = "issuance-service";

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public InboundEvents(IdempotentConsumer consumer, EventCodec codec, UnderwritingApplication underwriting,
                         RecordingRegistration registration, AmendingContract amending,
                         jp.esurety.issuance.service.RecordingView viewing, WithdrawingApplication withdrawing) {
        this.consumer = consumer;
        this.routes = EventRoutes.builder(codec)
                .on(EventTypes.of("application", "ApplicationSubmitted"), ConsumedEvents.ApplicationSubmitted.class,
                        underwriting::underwrite)
                .on(EventTypes.of("application", "AmendmentRequested"), ConsumedEvents.AmendmentRequested.class,
                        amending::requested)
                .on(EventTypes.of("application", "ApplicationWithdrawn"), ConsumedEvents.ApplicationWithdrawn.class,
                        withdrawing::withdrawn)
                .on(EventTypes.of("registry", "CertificateRegistered"), ConsumedEvents.CertificateRegistered.class,
                        registration::registered)
                .on(EventTypes.of("registry", "CertificateViewed"), ConsumedEvents.CertificateViewed.class,
                        viewing::viewed)
                .build();
    }

    @Incoming("application-events")
    @Blocking(ordered = true)
    public void onApplicationEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }

    @Incoming("registry-events")
    @Blocking(ordered = true)
    public void onRegistryEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }

    /** Ops' replay of a dead letter (platform ops API): the same idempotent path as a record from the broker. */
    @Override
    public void accept(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }
}
