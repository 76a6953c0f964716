package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** An amended version (v ≥ 2) of a key notice's certificate, complete when amended and registered are both known. */
@Entity
@Table(name = "certificate_amendment")
public class CertificateAmendmentEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key id;
    public Integer sequence;
    /** The new key sealed to this service, when the amendment issued one. */
    public String sealedKey;
    public Instant issuedAt;
    public Instant registeredAt;
    public Instant completedAt;

    public static CertificateAmendmentEntity findOrNew(String contractNumber, int version) {
        Key key = new Key(contractNumber, version);
        CertificateAmendmentEntity amendment = findById(key);
        if (amendment == null) {
            amendment = new CertificateAmendmentEntity();
            amendment.id = key;
        }
        return amendment;
    }

    public boolean readyToComplete() {
        return completedAt == null && issuedAt != null && registeredAt != null;
    }

    @Embeddable
    public record Key(String contractNumber, int version) implements Serializable {
    }
}
