package jp.esurety.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.notification.service.KeepingFundsDocuments;
import jp.esurety.notification.service.KeepingOrdererSettings;
import jp.esurety.notification.service.KeepingStatements;
import jp.esurety.notification.service.NotifyingContractor;
import jp.esurety.notification.service.PreparingKeyNotice;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.inbox.EventRoutes;
import jp.esurety.platform.inbox.IdempotentConsumer;
import jp.esurety.platform.inbox.ReplayableConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the facts notification acts on, from three topics, in whatever order they come. */
@ApplicationScoped
public class InboundEvents implements ReplayableConsumer {

    /** Also the Kafka consumer group (platform default: the application name). */
    public static final String GROUP = "notification-service";

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public InboundEvents(IdempotentConsumer consumer, EventCodec codec, PreparingKeyNotice preparing,
                         NotifyingContractor notifying, KeepingStatements statements,
                         KeepingOrdererSettings orderers, KeepingFundsDocuments funds) {
        this.consumer = consumer;
        this.routes = EventRoutes.builder(codec)
                .on(EventTypes.of("application", "ApplicationSubmitted"), NotificationEvents.ApplicationSubmitted.class,
                        preparing::applicationSubmitted)
                .on(EventTypes.of("issuance", "CertificateIssued"), NotificationEvents.CertificateIssued.class,
                        preparing::certificateIssued)
                .on(EventTypes.of("issuance", "CertificateAmended"), NotificationEvents.CertificateAmended.class,
                        preparing::certificateAmended)
                .on(EventTypes.of("issuance", "KeyReissued"), NotificationEvents.KeyReissued.class,
                        preparing::keyReissued)
                .on(EventTypes.of("registry", "CertificateRegistered"), NotificationEvents.CertificateRegistered.class,
                        preparing::certificateRegistered)
                .on(EventTypes.of("issuance", "ApplicationReturned"), NotificationEvents.ApplicationReturned.class,
                        notifying::applicationReturned)
                .on(EventTypes.of("issuance", "ApplicationRejected"), NotificationEvents.ApplicationRejected.class,
                        notifying::applicationRejected)
                .on(EventTypes.of("issuance", "PremiumStatementIssued"), NotificationEvents.PremiumStatementIssued.class,
                        statements::premiumStatementIssued)
                .on(EventTypes.of("issuance", "GuaranteeCancelled"), NotificationEvents.GuaranteeCancelled.class,
                        statements::guaranteeCancelled)
                .on(EventTypes.of("issuance", "AdvanceClaimIssued"), NotificationEvents.AdvanceClaimIssued.class,
                        funds::advanceClaimIssued)
                .on(EventTypes.of("issuance", "WithdrawalApproved"), NotificationEvents.WithdrawalApproved.class,
                        funds::withdrawalApproved)
                .on(EventTypes.of("registry", "OrdererEnrolled"), NotificationEvents.OrdererSettings.class,
                        orderers::ordererChanged)
                .on(EventTypes.of("registry", "OrdererUpdated"), NotificationEvents.OrdererSettings.class,
                        orderers::ordererChanged)
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

    /** Ops' replay of a dead letter (platform ops API): the same idempotent path as a record from the broker. */
    @Override
    public void accept(ConsumerRecord<String, String> record) {
        consumer.consume(record, GROUP, routes);
    }
}
