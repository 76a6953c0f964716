package jp.esurety.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 前払金払出依頼書: an approved withdrawal from the 前払金専用口座 ({@code payingAccount}; null while the contract's
 * 前払金請求書 has not arrived), to the payee, with the surety's approval and the balance (前払金払出予定) after it.
 * {@code contractorName} and {@code workName} are empty while the claim is unknown.
 */
public record WithdrawalDocument(LocalDate approvedOn, String contractNumber, String contractorName, String workName,
                                 BankAccount payingAccount, String payeeName, BankAccount payeeAccount, long amount,
                                 String categoryLabel, String approver, List<BalanceLine> balance, long planned,
                                 long withdrawn, long remaining, String issuerName, Instant created) {

    /** What the paying account reads as while the claim is unknown. */
    public static final String CLAIM_ACCOUNT = "（前払金請求書の口座）";

    /** One category of 前払金払出予定 (yen). */
    public record BalanceLine(String label, long planned, long withdrawn, long remaining) {
    }
}
