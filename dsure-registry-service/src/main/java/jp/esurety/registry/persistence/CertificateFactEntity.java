package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A later fact about a certificate (append-only): AMENDMENT_CANCELLED, GUARANTEE_CANCELLED, GUARANTEE_EXPIRED, KEY_REISSUED. */
@Entity
@Table(name = "certificate_fact")
public class CertificateFactEntity extends PanacheEntityBase {
    public static final String AMENDMENT_CANCELLED = "AMENDMENT_CANCELLED";
    public static final String GUARANTEE_CANCELLED = "GUARANTEE_CANCELLED";
    public static final String GUARANTEE_EXPIRED = "GUARANTEE_EXPIRED";
    public static final String KEY_REISSUED = "KEY_REISSUED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String contractNumber;
    public String kind;
    public Integer version;
    public String reason;
    public Instant occurredAt;
    public Instant recordedAt;

    public static List<CertificateFactEntity> of(String contractNumber) {
        return list("contractNumber = ?1 order by id", contractNumber);
    }
}
