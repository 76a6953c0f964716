package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One staff action: who (and in which role) did what to which target. Append-only. */
@Entity
@Table(name = "staff_audit")
public class StaffAuditEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long auditId;
    public Instant at;
    public String actor;
    public String role;
    public String action;
    public String target;
    public String detail;
}
