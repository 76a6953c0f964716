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

    public static Optional<CertificateVersionEntity> find(String contractNumber, int version) {
        return find("contractNumber = ?1 and version = ?2", contractNumber, version).firstResultOptional();
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
