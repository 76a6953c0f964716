package jp.esurety.issuance.domain.funds;

/**
 * A bank account as the Zengin transfer file needs it: bank code (4 digits), branch code (3 digits), 預金種目,
 * account number (7 digits), holder name in half-width katakana; bank and branch names in half-width katakana are
 * optional (blank in the file when absent).
 */
public record BankAccount(String bankCode, String bankNameKana, String branchCode, String branchNameKana,
                          AccountType accountType, String accountNumber, String holderKana) {
}
