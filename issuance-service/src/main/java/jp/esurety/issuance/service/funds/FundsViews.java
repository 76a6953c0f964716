package jp.esurety.issuance.service.funds;

import jp.esurety.issuance.domain.funds.FundsBalance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the funds API shows (entities never leave the service). */
public final class FundsViews {

    private FundsViews() {
    }

    public record Account(String bankCode, String bankName, String bankNameKana, String branchCode,
                          String branchName, String branchNameKana, String accountType, String accountTypeLabel,
                          String accountNumber, String holderKana) {
    }

    /** 前払金請求書. */
    public record Claim(UUID claimId, String contractNumber, String workName, String ordererName, long claimAmount,
                        Account depositAccount, String requesterCode, Instant issuedAt) {
    }

    public record PlanLine(String category, String label, long amount, String note) {
    }

    /** One version of the 前払金使途内訳明細書. */
    public record Plan(UUID planId, String contractNumber, int version, String status, List<PlanLine> lines,
                       long total, Instant submittedAt, Instant decidedAt, String message) {
    }

    public record Payee(String name, String bankCode, String bankNameKana, String branchCode, String branchNameKana,
                        String accountType, String accountTypeLabel, String accountNumber, String holderKana) {
    }

    /** 前払金払出依頼書. */
    public record Withdrawal(UUID withdrawalId, String contractNumber, String category, String label, long amount,
                             Payee payee, String status, Instant requestedAt, Instant decidedAt, String reason,
                             LocalDate approvedOn) {
    }

    /** 前払金払出予定: the accepted plan's lines, the approved withdrawals and the balance per category and total. */
    public record Schedule(String contractNumber, long advanceAmount, Integer acceptedVersion, List<PlanLine> planned,
                           List<Withdrawal> done, FundsBalance balance) {
    }

    /** Everything about the funds of one contract. */
    public record ContractFunds(String contractNumber, String productType, String workName, String ordererName,
                                long advanceAmount, String status, Claim claim, List<Plan> plans,
                                List<Withdrawal> withdrawals, Schedule schedule) {
    }

    /** A Zengin transfer file. */
    public record TransferFile(String fileName, byte[] content, int transfers, long total) {
    }
}
