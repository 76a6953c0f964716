package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An orderer user who has viewed a certificate: told when a new version arrives. */
@Entity
@Table(name = "certificate_viewer")
@IdClass(CertificateViewerEntity.Key.class)
public class CertificateViewerEntity extends PanacheEntityBase {
    @Id
    public String contractNumber;
    @Id
    public String username;
    public String ordererId;
    public String email;
    public int lastViewedVersion;
    public Instant lastViewedAt;

    public static List<CertificateViewerEntity> of(String contractNumber) {
        return list("contractNumber", contractNumber);
    }

    /** Composite key. */
    public static class Key implements Serializable {
        public String contractNumber;
        public String username;

        public Key() {
        }

        public Key(String contractNumber, String username) {
            this.contractNumber = contractNumber;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username)
                    && Objects.equals(contractNumber, k.contractNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractNumber, username);
        }
    }
}
