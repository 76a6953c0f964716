package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.persistence.StaffAuditEntity;

import java.time.Clock;

/** Writes the audit trail of staff actions in the same transaction as the action. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Auditing {

    private final Clock clock;

    public Auditing(Clock clock) {
        this.clock = clock;
    }

    public void record(Staff staff, String action, String target, String detail) {
        StaffAuditEntity a = new StaffAuditEntity();
        a.at = clock.instant();
        a.actor = staff.username();
        a.role = staff.role();
        a.action = action;
        a.target = target;
        a.detail = detail;
        a.persist();
    }
}
