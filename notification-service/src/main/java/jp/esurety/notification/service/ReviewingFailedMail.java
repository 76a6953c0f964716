package jp.esurety.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jp.esurety.notification.persistence.MailDeliveryEntity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Ops look at dead mails (sent no more after their last attempt) and send one again once the cause is fixed. */
@ApplicationScoped
@Transactional
public class ReviewingFailedMail {

    private final Event<MailQueue.MailQueued> mailQueued;
    private final Clock clock;

    public ReviewingFailedMail(Event<MailQueue.MailQueued> mailQueued, Clock clock) {
        this.mailQueued = mailQueued;
        this.clock = clock;
    }

    /** What ops see of a dead delivery: no body (it may be personal), the recipient to contact them another way. */
    public record FailedMail(UUID deliveryId, String messageType, String contractNumber, UUID applicationId,
                             String recipient, String subject, int attempts, String lastError, Instant createdAt,
                             Instant failedAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FailedMail> dead(int max) {
        return MailDeliveryEntity.dead(max).stream()
                .map(d -> new FailedMail(d.id, d.messageType, d.contractNumber, d.applicationId, d.recipient,
                        d.subject, d.attempts, d.lastError, d.createdAt, d.failedAt))
                .toList();
    }

    /** Puts a dead delivery back in the queue with fresh attempts; its Message-ID stays the same. */
    public Optional<UUID> retry(UUID deliveryId) {
        MailDeliveryEntity delivery = MailDeliveryEntity.findById(deliveryId);
        if (delivery == null || !MailDeliveryEntity.DEAD.equals(delivery.status)) {
            return Optional.empty();
        }
        delivery.status = MailDeliveryEntity.PENDING;
        delivery.attempts = 0;
        delivery.failedAt = null;
        delivery.nextAttemptAt = clock.instant();
        mailQueued.fire(new MailQueue.MailQueued(delivery.id));
        return Optional.of(delivery.id);
    }
}
