package jp.esurety.issuance.service.funds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.funds.FundsCategory;
import jp.esurety.issuance.domain.funds.WithdrawalLimit;
import jp.esurety.issuance.messaging.funds.FundsEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.funds.FundsWithdrawalEntity;
import jp.esurety.issuance.service.Auditing;
import jp.esurety.issuance.service.Staff;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.platform.outbox.Outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The surety approves a 払出依頼 only for what the accepted plan still covers in its category, or rejects it with a
 * reason. Approval is idempotent: decisions on one contract are serialised by a row lock on the contract, the
 * request is re-read under that lock, and an already approved request answers as it is — no second approval, no
 * second event, nothing counted twice.
 */
@ApplicationScoped
@Transactional
public class DecidingWithdrawal {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final FundsContracts contracts;
    private final Auditing auditing;
    private final Outbox outbox;
    private final Clock clock;

    public DecidingWithdrawal(FundsContracts contracts, Auditing auditing, Outbox outbox, Clock clock) {
        this.contracts = contracts;
        this.auditing = auditing;
        this.outbox = outbox;
        this.clock = clock;
    }

    public FundsViews.Withdrawal approve(Staff staff, UUID withdrawalId) {
        FundsWithdrawalEntity w = locked(staff, withdrawalId);
        if (FundsWithdrawalEntity.APPROVED.equals(w.status)) {
            return FundsQueries.withdrawal(w);
        }
        requireRequested(w);
        FundsCategory category = FundsCategory.valueOf(w.category);
        WithdrawalLimit.check(contracts.planned(w.contractNumber), FundsContracts.approved(w.contractNumber),
                category, w.amount).ifPresent(v -> {
                    throw ProblemException.ruleViolated(v.rule(), v.field(), v.message());
                });
        w.status = FundsWithdrawalEntity.APPROVED;
        w.decidedAt = clock.instant();
        w.decidedBy = staff.username();
        w.approvedOn = LocalDate.ofInstant(w.decidedAt, TOKYO);
        FundsWithdrawalEntity.flush();
        outbox.publish(FundsEvents.TOPIC, FundsEvents.WITHDRAWAL_APPROVED, w.contractNumber,
                new FundsEvents.WithdrawalApproved(w.withdrawalId, w.contractNumber, w.contractorId, w.branchCode,
                        w.category, category.label(), w.amount, RequestingWithdrawal.payee(w),
                        FundsContracts.event(contracts.balance(w.contractNumber)), w.decidedAt));
        auditing.record(staff, "WITHDRAWAL_APPROVED", w.contractNumber, w.withdrawalId + " " + w.amount);
        return FundsQueries.withdrawal(w);
    }

    public FundsViews.Withdrawal reject(Staff staff, UUID withdrawalId, String reason) {
        FundsWithdrawalEntity w = locked(staff, withdrawalId);
        requireRequested(w);
        w.status = FundsWithdrawalEntity.REJECTED;
        w.decidedAt = clock.instant();
        w.decidedBy = staff.username();
        w.reason = reason;
        FundsCategory category = FundsCategory.valueOf(w.category);
        outbox.publish(FundsEvents.TOPIC, FundsEvents.WITHDRAWAL_REJECTED, w.contractNumber,
                new FundsEvents.WithdrawalRejected(w.withdrawalId, w.contractNumber, w.contractorId, w.branchCode,
                        w.category, category.label(), w.amount, reason, w.decidedAt));
        auditing.record(staff, "WITHDRAWAL_REJECTED", w.contractNumber, w.withdrawalId + ": " + reason);
        return FundsQueries.withdrawal(w);
    }

    /** The request of the staff member's branch, re-read under the contract's row lock. */
    private FundsWithdrawalEntity locked(Staff staff, UUID withdrawalId) {
        FundsWithdrawalEntity found = FundsWithdrawalEntity.findById(withdrawalId);
        if (found == null || !found.branchCode.equals(staff.branchCode())) {
            throw ProblemException.notFound("払出依頼が見つかりません。");
        }
        GuaranteeContractEntity.findById(found.contractNumber, LockModeType.PESSIMISTIC_WRITE);
        FundsWithdrawalEntity.getEntityManager().refresh(found, LockModeType.PESSIMISTIC_WRITE);
        return found;
    }

    private static void requireRequested(FundsWithdrawalEntity w) {
        if (!FundsWithdrawalEntity.REQUESTED.equals(w.status)) {
            throw ProblemException.conflict(FundsWithdrawalEntity.REJECTED.equals(w.status)
                    ? "この払出依頼は否認済みです。" : "この払出依頼は承認済みです。");
        }
    }
}
