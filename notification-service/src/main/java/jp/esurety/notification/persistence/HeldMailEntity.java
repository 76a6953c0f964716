package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A mail decided before the application's contact was known; {@code data} is the template data as JSON. */
@Entity
@Table(name = "held_mail")
public class HeldMailEntity extends PanacheEntityBase {
    @Id
    public UUID deliveryId;
    public UUID applicationId;
    public String messageType;
    public String contractNumber;
    public UUID lineId;
    public String data;
    /** What the mail attaches, rendered at send time (see {@link MailDeliveryEntity#attachmentKind}). */
    public String attachmentKind;
    public String attachmentRef;
    public Instant heldAt;

    public static List<HeldMailEntity> ofApplication(UUID applicationId) {
        return list("applicationId", applicationId);
    }
}
