package jp.esurety.issuance.service.funds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.funds.AccountType;
import jp.esurety.issuance.domain.funds.FundsCategory;
import jp.esurety.issuance.domain.funds.WithdrawalLimit;
import jp.esurety.issuance.messaging.funds.FundsEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.funds.AdvanceClaimEntity;
import jp.esurety.issuance.persistence.funds.FundsPlanEntity;
import jp.esurety.issuance.persistence.funds.FundsWithdrawalEntity;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.util.UUID;

/**
 * 前払金払出依頼書: the contractor asks to pay a supplier from the 前払金専用口座 for an accepted use
 * ({@code WithdrawalRequested}). Checked against the accepted plan now and again when the surety approves.
 */
@ApplicationScoped
@Transactional
public class RequestingWithdrawal {

    /** 払出先: name as shown, bank code (4 digits), branch code (3), 預金種目, number (7), holder in half-width kana. */
    public record Payee(String name, String bankCode, String bankNameKana, String branchCode, String branchNameKana,
                        AccountType accountType, String accountNumber, String holderKana) {
    }

    /** Advance-payment funds rule: withdrawals need the 前払金請求書 (its deposit account pays them). */
    public static final String ADVANCE_CLAIM_FIRST = "advance-claim-first";
    /** Advance-payment funds rule: withdrawals need an accepted 使途内訳明細書. */
    public static final String ACCEPTED_PLAN_FIRST = "accepted-plan-first";

    private final FundsContracts contracts;
    private final Outbox outbox;
    private final Clock clock;

    public RequestingWithdrawal(FundsContracts contracts, Outbox outbox, Clock clock) {
        this.contracts = contracts;
        this.outbox = outbox;
        this.clock = clock;
    }

    public FundsViews.Withdrawal request(String contractorId, String contractNumber, FundsCategory category,
                                         long amount, Payee payee) {
        new ZenginFields()
                .optional("payee.bankNameKana", payee.bankNameKana(), 15, "金融機関名（カナ）")
                .optional("payee.branchNameKana", payee.branchNameKana(), 15, "支店名（カナ）")
                .required("payee.holderKana", payee.holderKana(), 30, "口座名義（カナ）")
                .check();
        GuaranteeContractEntity c = contracts.ofContractor(contractorId, contractNumber, true);
        FundsContracts.requireActive(c);
        if (AdvanceClaimEntity.ofContract(contractNumber).isEmpty()) {
            throw ProblemException.ruleViolated(ADVANCE_CLAIM_FIRST, null,
                    "先に前払金請求書を作成し、前払金専用口座を登録してください。");
        }
        if (FundsPlanEntity.accepted(contractNumber).isEmpty()) {
            throw ProblemException.ruleViolated(ACCEPTED_PLAN_FIRST, null,
                    "前払金使途内訳明細書が受理されていないため、払出依頼はできません。");
        }
        WithdrawalLimit.check(contracts.planned(contractNumber), FundsContracts.approved(contractNumber), category,
                amount).ifPresent(v -> {
                    throw ProblemException.ruleViolated(v.rule(), v.field(), v.message());
                });
        FundsWithdrawalEntity w = new FundsWithdrawalEntity();
        w.withdrawalId = UUID.randomUUID();
        w.contractNumber = c.contractNumber;
        w.contractorId = c.contractorId;
        w.branchCode = c.branchCode;
        w.category = category.name();
        w.amount = amount;
        w.payeeName = payee.name();
        w.payeeBankCode = payee.bankCode();
        w.payeeBankNameKana = emptyToNull(payee.bankNameKana());
        w.payeeBranchCode = payee.branchCode();
        w.payeeBranchNameKana = emptyToNull(payee.branchNameKana());
        w.payeeAccountType = payee.accountType().name();
        w.payeeAccountNumber = payee.accountNumber();
        w.payeeHolderKana = payee.holderKana();
        w.status = FundsWithdrawalEntity.REQUESTED;
        w.requestedAt = clock.instant();
        w.persist();
        outbox.publish(FundsEvents.TOPIC, FundsEvents.WITHDRAWAL_REQUESTED, c.contractNumber,
                new FundsEvents.WithdrawalRequested(w.withdrawalId, c.contractNumber, c.contractorId, c.branchCode,
                        w.category, category.label(), w.amount, payee(w), w.requestedAt));
        return FundsQueries.withdrawal(w);
    }

    static FundsEvents.Payee payee(FundsWithdrawalEntity w) {
        return new FundsEvents.Payee(w.payeeName, w.payeeBankCode, w.payeeBranchCode, w.payeeAccountType,
                w.payeeAccountNumber, w.payeeHolderKana);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
