package jp.esurety.notification.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jp.esurety.notification.config.NotificationConfig;
import jp.esurety.notification.domain.DeliveryIds;
import jp.esurety.notification.domain.RetryPolicy;
import jp.esurety.notification.mail.MimeParameters;
import jp.esurety.notification.messaging.NotificationEvents;
import jp.esurety.notification.persistence.MailDeliveryEntity;
import jp.esurety.platform.outbox.Outbox;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends due mails of the mail outbox over SMTP: right after the queuing transaction commits, and on a sweep for
 * retries. Rows are locked with SKIP LOCKED so replicas never send the same mail at once. The Message-ID is the
 * delivery's own (derived from its triggering event), so a resend after a crash between SMTP and commit is the same
 * mail to the receiver. A failure waits with exponential back-off; after the last attempt the delivery is DEAD,
 * announced as {@code MailFailed} and counted. A sent mail is announced as {@code MailDelivered}.
 */
@ApplicationScoped
public class DeliveringMail {

    private static final Logger LOG = Logger.getLogger(DeliveringMail.class);

    private final ReactiveMailer mailer;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final RenderingDocuments documents;
    private final Clock clock;
    private final RetryPolicy retries;
    private final MeterRegistry metrics;
    private final AtomicLong dead = new AtomicLong();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("mail-sender").daemon().factory());

    public DeliveringMail(ReactiveMailer mailer, Outbox outbox, NotificationConfig config, RenderingDocuments documents,
                          Clock clock, MeterRegistry metrics) {
        this.mailer = mailer;
        this.outbox = outbox;
        this.config = config;
        this.documents = documents;
        this.clock = clock;
        this.metrics = metrics;
        this.retries = new RetryPolicy(config.mailRetryInitial(), config.mailRetryMax(), config.mailMaxAttempts());
        metrics.gauge("esurety.mail.dead", dead);
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueue.MailQueued queued) {
        sender.execute(this::sendDue);
    }

    @Scheduled(every = "${esurety.notification.mail-sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sender.execute(() -> {
            sendDue();
            try {
                dead.set(QuarkusTransaction.requiringNew().call(MailDeliveryEntity::countDead));
            } catch (RuntimeException e) {
                LOG.debugf("Dead mail count not refreshed: %s", e.toString());
            }
        });
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }

    /** Attempts every due mail once, one transaction per mail. */
    public void sendDue() {
        try {
            boolean more = true;
            while (more) {
                more = QuarkusTransaction.requiringNew().call(this::attemptOne);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Mail delivery run stopped: %s", e.toString());
        }
    }

    private boolean attemptOne() {
        Instant now = clock.instant();
        List<MailDeliveryEntity> due = MailDeliveryEntity.lockDue(now, 1);
        if (due.isEmpty()) {
            return false;
        }
        MailDeliveryEntity delivery = due.getFirst();
        delivery.attempts++;
        String messageId = DeliveryIds.messageId(delivery.id, config.mail().messageIdDomain());
        try {
            // bounded: a server that accepts but never answers must not stall every later mail
            mailer.send(compose(delivery, messageId)).await().atMost(config.mailSendTimeout());
            delivered(delivery, messageId);
        } catch (RuntimeException e) {
            failed(delivery, e);
        }
        return true;
    }

    private Mail compose(MailDeliveryEntity delivery, String messageId) {
        Mail mail = Mail.withText(delivery.recipient, delivery.subject, delivery.body)
                .setFrom(config.mail().from())
                .addHeader("Message-ID", messageId);
        if (delivery.htmlBody != null) {
            mail.setHtml(delivery.htmlBody);
        }
        if (delivery.replyTo != null) {
            mail.setReplyTo(delivery.replyTo);
        }
        if (delivery.attachmentKind != null) {
            RenderingDocuments.Document document = documents.attachment(delivery.attachmentKind, delivery.attachmentRef);
            // the Japanese file name goes out RFC 2231-encoded (the mail client's own encoding puts RFC 2047
            // encoded-words inside a quoted string, which RFC 2047 itself rules out for parameters)
            mail.addAttachment(null, document.content(), MimeParameters.contentType("application/pdf",
                    document.filename()), null, MimeParameters.attachmentDisposition(document.filename()));
        }
        return mail;
    }

    private void delivered(MailDeliveryEntity delivery, String messageId) {
        delivery.status = MailDeliveryEntity.SENT;
        delivery.messageId = messageId;
        delivery.sentAt = clock.instant();
        delivery.lastError = null;
        outbox.publish(NotificationEvents.TOPIC, NotificationEvents.MAIL_DELIVERED, delivery.id.toString(),
                new NotificationEvents.MailDelivered(delivery.id, delivery.messageType, delivery.contractNumber,
                        delivery.applicationId, delivery.lineId, delivery.recipient, messageId, delivery.sentAt));
        Counter.builder("esurety.mail.sent").tag("type", delivery.messageType).register(metrics).increment();
    }

    private void failed(MailDeliveryEntity delivery, RuntimeException e) {
        delivery.lastError = describe(e);
        Optional<Duration> wait = retries.delayAfter(delivery.attempts);
        Counter.builder("esurety.mail.attempt.failures").tag("type", delivery.messageType).register(metrics).increment();
        if (wait.isPresent()) {
            delivery.nextAttemptAt = clock.instant().plus(wait.get());
            LOG.warnf("Mail %s attempt %d failed, next in %s: %s", delivery.id, delivery.attempts, wait.get(),
                    delivery.lastError);
            return;
        }
        delivery.status = MailDeliveryEntity.DEAD;
        delivery.failedAt = clock.instant();
        outbox.publish(NotificationEvents.TOPIC, NotificationEvents.MAIL_FAILED, delivery.id.toString(),
                new NotificationEvents.MailFailed(delivery.id, delivery.messageType, delivery.contractNumber,
                        delivery.applicationId, delivery.lineId, delivery.attempts, delivery.lastError,
                        delivery.failedAt));
        Counter.builder("esurety.mail.failed").tag("type", delivery.messageType).register(metrics).increment();
        dead.incrementAndGet();
        LOG.errorf("Mail %s is dead after %d attempts: %s", delivery.id, delivery.attempts, delivery.lastError);
    }

    /** The exception chain's messages (never the mail's content), for ops. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
