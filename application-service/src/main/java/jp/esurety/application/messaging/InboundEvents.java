package jp.esurety.application.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.application.service.CopyingReferenceData;
import jp.esurety.application.service.TrackingIssuance;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.inbox.EventRoutes;
import jp.esurety.platform.inbox.IdempotentConsumer;
import jp.esurety.platform.inbox.ReplayableConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes issuance, registry and notification events: line progress and reference data read copies. */
@ApplicationScoped
public class InboundEvents implements ReplayableConsumer {

    /** Also the Kafka consumer group (platform default: the application name). */
    public static final String GROUP = "application-service";

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public InboundEvents(IdempotentConsumer consumer, EventCodec codec, TrackingIssuance tracking,
                         CopyingReferenceData copies) {
        this.consumer = consumer;
        this.routes = EventRoutes.builder(codec)
                .on(EventTypes.of("issuance", "ApplicationUnderReview"), IncomingEvents.ApplicationUnderReview.class,
                        tracking::underReview)
                .on(EventTypes.of("issuance", "ApplicationReturned"), IncomingEvents.ApplicationReturned.class,
                        tracking::returned)
                .on(EventTypes.of("issuance", "ApplicationRejected"), IncomingEvents.ApplicationRejected.class,
                        tracking::rejected)
                .on(EventTypes.of("issuance", "CertificateAmended"), IncomingEvents.CertificateAmended.class,
                        tracking::amended)
                .on(EventTypes.of("notification", "MailDelivered"), IncomingEvents.MailDelivered.class,
                        tracking::mailDelivered)
                .on(EventTypes.of("issuance", "ApplicationApproved"), IncomingEvents.ApplicationApproved.class,
                        tracking::approved)
                .on(EventTypes.of("issuance", "CertificateIssued"), IncomingEvents.CertificateIssued.class,
                        tracking::issued)
                .on(EventTypes.of("registry", "CertificateRegistered"), IncomingEvents.CertificateRegistered.class,
                        tracking::registered)
                .on(EventTypes.of("registry", "OrdererEnrolled"), IncomingEvents.OrdererEnrolled.class,
                        (data, event) -> copies.orderer(data, event.time()))
                .on(EventTypes.of("registry", "OrdererUpdated"), IncomingEvents.OrdererEnrolled.class,
                        (data, event) -> copies.orderer(data, event.time()))
                .on(EventTypes.of("issuance", "ContractorRegistered"), IncomingEvents.ContractorRegistered.class,
                        (data, event) -> copies.contractor(data, event.time()))
                .on(EventTypes.of("issuance", "SuretyBranchUpdated"), IncomingEvents.SuretyBranchUpdated.class,
                        (data, event) -> copies.branch(data, event.time()))
                .build();
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

    @Incoming("notification-events")
    @Blocking(ordered = true)
    public void onNotificationEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }

    /** Ops' replay of a dead letter (platform ops API): the same idempotent path as a record from the broker. */
    @Override
    public void accept(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }
}
