package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A certificate version as received from its issuer: the signed credential, never changed. */
@Entity
@Table(name = "registered_certificate")
@IdClass(RegisteredCertificateEntity.Key.class)
public class RegisteredCertificateEntity extends PanacheEntityBase {
    @Id
    public String contractNumber;
    @Id
    public int version;
    public String obligeeId;
    public String issuerId;
    public String credential;
    public Instant registeredAt;
    /** NEW, AMENDMENT or CORRECTION. */
    public String versionKind;
    /** 変更 sequence (amendments, and corrections of them). */
    public Integer sequence;
    /** The version a correction replaces. */
    public Integer supersedesVersion;
    public java.util.UUID applicationId;
    public java.util.UUID lineId;
    public String productType;

    public static java.util.List<RegisteredCertificateEntity> versions(String contractNumber) {
        return list("contractNumber = ?1 order by version", contractNumber);
    }

    public static Optional<RegisteredCertificateEntity> version(String contractNumber, int version) {
        return find("contractNumber = ?1 and version = ?2", contractNumber, version).firstResultOptional();
    }

    public static Optional<RegisteredCertificateEntity> latest(String contractNumber) {
        return find("contractNumber = ?1 order by version desc", contractNumber).firstResultOptional();
    }

    public static boolean exists(String contractNumber, int version) {
        return count("contractNumber = ?1 and version = ?2", contractNumber, version) > 0;
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
