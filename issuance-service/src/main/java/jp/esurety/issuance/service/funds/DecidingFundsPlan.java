package jp.esurety.issuance.service.funds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.funds.FundsPlanLine;
import jp.esurety.issuance.domain.funds.FundsPlanRules;
import jp.esurety.issuance.domain.funds.FundsRuleViolation;
import jp.esurety.issuance.messaging.funds.FundsEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.funds.FundsPlanEntity;
import jp.esurety.issuance.service.Auditing;
import jp.esurety.issuance.service.Staff;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.util.List;

/**
 * The surety (underwriter or funds staff of the contract's branch) accepts a submitted 使途内訳明細書 — it replaces the
 * version in force — or returns it with a message. Every decision is audited.
 */
@ApplicationScoped
@Transactional
public class DecidingFundsPlan {

    private final FundsContracts contracts;
    private final FundsQueries queries;
    private final Auditing auditing;
    private final Outbox outbox;
    private final Clock clock;

    public DecidingFundsPlan(FundsContracts contracts, FundsQueries queries, Auditing auditing, Outbox outbox,
                             Clock clock) {
        this.contracts = contracts;
        this.queries = queries;
        this.auditing = auditing;
        this.outbox = outbox;
        this.clock = clock;
    }

    public FundsViews.Plan accept(Staff staff, String contractNumber, int version, String note) {
        GuaranteeContractEntity c = contracts.ofStaff(staff, contractNumber, true);
        FundsPlanEntity p = submitted(contractNumber, version);
        List<FundsPlanLine> lines = contracts.lines(p);
        // withdrawals approved under the previous version since this one was submitted must stay covered
        List<FundsRuleViolation> violations = FundsPlanRules.check(lines, c.guaranteeAmount,
                FundsContracts.approved(contractNumber));
        if (!violations.isEmpty()) {
            throw FundsContracts.violated(violations);
        }
        FundsPlanEntity.accepted(contractNumber).ifPresent(previous -> previous.status = FundsPlanEntity.SUPERSEDED);
        FundsPlanEntity.flush();
        decide(p, FundsPlanEntity.ACCEPTED, staff, note);
        FundsPlanEntity.flush();
        outbox.publish(FundsEvents.TOPIC, FundsEvents.FUNDS_PLAN_ACCEPTED, contractNumber,
                new FundsEvents.FundsPlanAccepted(p.planId, contractNumber, c.contractorId, c.branchCode, p.version,
                        FundsContracts.event(lines), p.total, FundsContracts.event(contracts.balance(contractNumber)),
                        p.decidedAt));
        auditing.record(staff, "FUNDS_PLAN_ACCEPTED", contractNumber, "version " + version
                + (note == null || note.isBlank() ? "" : ": " + note));
        return queries.plan(p);
    }

    public FundsViews.Plan giveBack(Staff staff, String contractNumber, int version, String message) {
        GuaranteeContractEntity c = contracts.ofStaff(staff, contractNumber, true);
        FundsPlanEntity p = submitted(contractNumber, version);
        decide(p, FundsPlanEntity.RETURNED, staff, message);
        outbox.publish(FundsEvents.TOPIC, FundsEvents.FUNDS_PLAN_RETURNED, contractNumber,
                new FundsEvents.FundsPlanReturned(p.planId, contractNumber, c.contractorId, c.branchCode, p.version,
                        message, p.decidedAt));
        auditing.record(staff, "FUNDS_PLAN_RETURNED", contractNumber, "version " + version + ": " + message);
        return queries.plan(p);
    }

    private static FundsPlanEntity submitted(String contractNumber, int version) {
        FundsPlanEntity p = FundsPlanEntity.version(contractNumber, version)
                .orElseThrow(() -> ProblemException.notFound("前払金使途内訳明細書が見つかりません。"));
        if (!FundsPlanEntity.SUBMITTED.equals(p.status)) {
            throw ProblemException.conflict("この前払金使途内訳明細書は審査待ちではありません。");
        }
        return p;
    }

    private void decide(FundsPlanEntity p, String status, Staff staff, String message) {
        p.status = status;
        p.decidedAt = clock.instant();
        p.decidedBy = staff.username();
        p.message = message;
    }
}
