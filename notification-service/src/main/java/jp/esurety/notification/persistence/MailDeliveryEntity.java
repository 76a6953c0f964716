package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.jpa.SpecHints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A mail we owe (the mail outbox): written in the transaction that decided it, sent afterwards, retried with
 * back-off until sent ({@code SENT}) or given up ({@code DEAD}). The id derives from the triggering event.
 */
@Entity
@Table(name = "mail_delivery")
public class MailDeliveryEntity extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String DEAD = "DEAD";

    @Id
    public UUID id;
    public String messageType;
    public String contractNumber;
    public UUID applicationId;
    public UUID lineId;
    public String recipient;
    public String replyTo;
    public String subject;
    public String body;
    public String htmlBody;
    /** What to render and attach at send time (never stored rendered: a key notice holds the key). */
    public String attachmentKind;
    public String attachmentRef;
    public String status;
    public int attempts;
    public String lastError;
    public String messageId;
    public Instant createdAt;
    public Instant nextAttemptAt;
    public Instant sentAt;
    public Instant failedAt;

    /** Due pending mails, locked so that two replicas never send the same one at once. */
    public static List<MailDeliveryEntity> lockDue(Instant now, int max) {
        return find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, max)
                .list();
    }

    public static List<MailDeliveryEntity> dead(int max) {
        return find("status = ?1 order by failedAt desc", DEAD).page(0, max).list();
    }

    public static long countDead() {
        return count("status", DEAD);
    }
}
