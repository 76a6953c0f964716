package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The state of one key notice while its facts arrive in any order: issued (with the sealed key) and registered on
 * D-Sure. Complete when both are known and the application's contact is known too.
 */
@Entity
@Table(name = "key_notice")
public class KeyNoticeEntity extends PanacheEntityBase {
    @Id
    public String contractNumber;
    public UUID applicationId;
    public UUID lineId;
    public String contractorId;
    public String productType;
    public Integer version;
    /** The surety company: the credential's issuer id, which keys its settings. */
    public String issuerId;
    public String issuerName;
    public String branchName;
    public String sealedKey;
    public Instant issuedAt;
    public Instant registeredAt;
    public Instant completedAt;

    public static KeyNoticeEntity findOrNew(String contractNumber) {
        KeyNoticeEntity notice = findById(contractNumber);
        if (notice == null) {
            notice = new KeyNoticeEntity();
            notice.contractNumber = contractNumber;
        }
        return notice;
    }

    public static List<KeyNoticeEntity> ofApplication(UUID applicationId) {
        return list("applicationId", applicationId);
    }

    public boolean readyToComplete() {
        return completedAt == null && sealedKey != null && registeredAt != null && applicationId != null;
    }
}
