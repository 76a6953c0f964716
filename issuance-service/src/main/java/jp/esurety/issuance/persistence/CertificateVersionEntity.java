package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One signed certificate version (新規 = 1, later 変更), kept exactly as signed. */
@Entity
@Table(name = "certificate_version")
@IdClass(CertificateVersionEntity.Key.class)
public class CertificateVersionEntity extends PanacheEntityBase {
    @Id
    public String contractNumber;
    @Id
    public int version;
    public String versionKind;
    public String credential;
    public Instant issuedAt;
    public Instant registeredAt;
    /** Corrected (訂正) or cancelled (変更取消): kept, but not shown in the history. */
    public boolean superseded;
    /** 変更 sequence (1, 2, …) of an AMENDMENT version; null for NEW. */
    public Integer sequence;
    public java.util.UUID amendmentApplicationId;
    public Instant firstViewedAt;
    public Instant lastViewedAt;

    /** The latest version the history shows. */
    public static CertificateVersionEntity latestVisible(String contractNumber) {
        return CertificateVersionEntity.<CertificateVersionEntity>find(
                "contractNumber = ?1 and superseded = false order by version desc", contractNumber).firstResult();
    }

    public static int maxVersion(String contractNumber) {
        CertificateVersionEntity v = CertificateVersionEntity.<CertificateVersionEntity>find(
                "contractNumber = ?1 order by version desc", contractNumber).firstResult();
        return v == null ? 0 : v.version;
    }

    public static Optional<CertificateVersionEntity> find(String contractNumber, int version) {
        return find("contractNumber = ?1 and version = ?2", contractNumber, version).firstResultOptional();
    }

    /** The versions the history shows (not superseded), oldest first. */
    public static java.util.List<CertificateVersionEntity> visible(String contractNumber) {
        return list("contractNumber = ?1 and superseded = false order by version", contractNumber);
    }

    /** Composite key. */
    public static class Key implements Serializable {
        public String contractNumber;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && version == k.version && Objects.equals(contractNumber, k.contractNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractNumber, version);
        }
    }
}
