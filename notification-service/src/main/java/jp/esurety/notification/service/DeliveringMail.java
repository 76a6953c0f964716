package jp.esurety.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.event.Observes;
import jp.esurety.notification.config.NotificationConfig;
import jp.esurety.notification.messaging.NotificationEvents;
import jp.esurety.notification.persistence.MailDeliveryEntity;
import jp.esurety.platform.outbox.Outbox;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends queued mails over SMTP: right after the queuing transaction commits, and on a sweep for retries. Rows are
 * locked with SKIP LOCKED so replicas never send the same mail; a sent mail is announced as {@code MailDelivered}.
 */
@ApplicationScoped
public class DeliveringMail {

    private static final Logger LOG = Logger.getLogger(DeliveringMail.class);
    private static final String MESSAGE_ID_DOMAIN = "esurety.example.jp";

    private final Mailer mailer;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final Clock clock;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("mail-sender").daemon().factory());

    public DeliveringMail(Mailer mailer, Outbox outbox, NotificationConfig config, Clock clock) {
        this.mailer = mailer;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PreparingKeyNotice.MailQueued queued) {
        sender.execute(this::sendPending);
    }

    @Scheduled(every = "${esurety.notification.mail-sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sender.execute(this::sendPending);
    }

    /** Sends every pending mail, one transaction per mail. */
    public void sendPending() {
        boolean more = true;
        while (more) {
            more = QuarkusTransaction.requiringNew().call(this::sendOne);
        }
    }

    private boolean sendOne() {
        List<MailDeliveryEntity> pending = MailDeliveryEntity.lockPending(1);
        if (pending.isEmpty()) {
            return false;
        }
        MailDeliveryEntity delivery = pending.getFirst();
        delivery.attempts++;
        String messageId = "<" + UUID.randomUUID() + "@" + MESSAGE_ID_DOMAIN + ">";
        try {
            mailer.send(Mail.withText(delivery.recipient, delivery.subject, delivery.body)
                    .addHeader("Message-ID", messageId));
            delivery.status = "SENT";
            delivery.messageId = messageId;
            delivery.sentAt = clock.instant();
            delivery.lastError = null;
            outbox.publish(NotificationEvents.TOPIC, NotificationEvents.MAIL_DELIVERED, delivery.id.toString(),
                    new NotificationEvents.MailDelivered(delivery.id, delivery.messageType, delivery.contractNumber,
                            delivery.applicationId, delivery.lineId, delivery.recipient, messageId, delivery.sentAt));
        } catch (RuntimeException e) {
            delivery.lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (delivery.attempts >= config.mailMaxAttempts()) {
                delivery.status = "FAILED";
            }
            LOG.warnf("Mail %s attempt %d failed: %s", delivery.id, delivery.attempts, delivery.lastError);
            return false;
        }
        return true;
    }
}
