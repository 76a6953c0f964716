package jp.esurety.issuance.service.funds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.funds.AccountType;
import jp.esurety.issuance.messaging.funds.FundsEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.funds.AdvanceClaimEntity;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.util.UUID;

/**
 * 前払金請求書: the contractor claims the advance from the orderer for an issued advance-payment guarantee, naming the
 * 前払金専用口座 the orderer pays into ({@code AdvanceClaimIssued}; notification renders the PDF). One per contract.
 */
@ApplicationScoped
@Transactional
public class IssuingAdvanceClaim {

    /** The deposit account as entered; kana names as they go into the Zengin file. */
    public record DepositAccount(String bankCode, String bankName, String bankNameKana, String branchCode,
                                 String branchName, String branchNameKana, AccountType accountType,
                                 String accountNumber, String holderKana, String requesterCode) {
    }

    private final FundsContracts contracts;
    private final Outbox outbox;
    private final Clock clock;

    public IssuingAdvanceClaim(FundsContracts contracts, Outbox outbox, Clock clock) {
        this.contracts = contracts;
        this.outbox = outbox;
        this.clock = clock;
    }

    public FundsViews.Claim issue(String contractorId, String contractNumber, DepositAccount account) {
        new ZenginFields()
                .optional("depositAccount.bankNameKana", account.bankNameKana(), 15, "金融機関名（カナ）")
                .optional("depositAccount.branchNameKana", account.branchNameKana(), 15, "支店名（カナ）")
                .required("depositAccount.holderKana", account.holderKana(), 40, "口座名義（カナ）")
                .check();
        GuaranteeContractEntity c = contracts.ofContractor(contractorId, contractNumber, true);
        FundsContracts.requireActive(c);
        if (AdvanceClaimEntity.ofContract(contractNumber).isPresent()) {
            throw ProblemException.conflict("この契約の前払金請求書は作成済みです。");
        }
        AdvanceClaimEntity a = new AdvanceClaimEntity();
        a.claimId = UUID.randomUUID();
        a.contractNumber = c.contractNumber;
        a.contractorId = c.contractorId;
        a.claimAmount = c.guaranteeAmount;
        a.ordererName = c.obligeeName;
        a.bankCode = account.bankCode();
        a.bankName = account.bankName();
        a.bankNameKana = blankToNull(account.bankNameKana());
        a.branchCode = account.branchCode();
        a.branchName = account.branchName();
        a.branchNameKana = blankToNull(account.branchNameKana());
        a.accountType = account.accountType().name();
        a.accountNumber = account.accountNumber();
        a.holderKana = account.holderKana();
        a.requesterCode = account.requesterCode() == null || account.requesterCode().isBlank()
                ? "0".repeat(10) : account.requesterCode();
        a.issuedAt = clock.instant();
        a.persist();
        outbox.publish(FundsEvents.TOPIC, FundsEvents.ADVANCE_CLAIM_ISSUED, c.contractNumber,
                new FundsEvents.AdvanceClaimIssued(a.claimId, c.contractNumber, c.contractorId, c.contractorName,
                        c.branchCode, c.productType, c.obligeeId, c.obligeeName, c.workName, a.claimAmount,
                        new FundsEvents.Account(a.bankCode, a.bankName, a.branchCode, a.branchName, a.accountType,
                                a.accountNumber, a.holderKana), a.issuedAt));
        return FundsQueries.claim(a);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
