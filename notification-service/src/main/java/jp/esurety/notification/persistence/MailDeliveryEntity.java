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

/** A mail we owe: written in the transaction that decided it, sent afterwards, retried until sent. */
@Entity
@Table(name = "mail_delivery")
public class MailDeliveryEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public String messageType;
    public String contractNumber;
    public UUID applicationId;
    public UUID lineId;
    public String recipient;
    public String subject;
    public String body;
    public String status;
    public int attempts;
    public String lastError;
    public String messageId;
    public Instant createdAt;
    public Instant sentAt;

    /** Pending mails, locked so that two replicas never send the same one. */
    public static List<MailDeliveryEntity> lockPending(int max) {
        return find("status = 'PENDING' order by createdAt")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, max)
                .list();
    }
}
