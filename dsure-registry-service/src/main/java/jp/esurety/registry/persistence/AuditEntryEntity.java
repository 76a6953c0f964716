package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One lookup (view or failure) in the audit log; append-only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant at;
    public String username;
    public String ordererId;
    public String clientIp;
    /** API or PORTAL. */
    public String channel;
    /** VIEWED, FAILED, LOCKED, RATE_LIMITED. */
    public String outcome;
    /** LOOKUP, or a later open: PAGE, HISTORY, PDF ({@link jp.esurety.registry.domain.AuditAction}). */
    public String action = "LOOKUP";
    public String contractNumber;
    public Integer version;
}
