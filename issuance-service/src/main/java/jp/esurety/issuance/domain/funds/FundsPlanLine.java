package jp.esurety.issuance.domain.funds;

/** One line of a 前払金使途内訳明細書: a category, its planned amount (yen) and an optional note (内容). */
public record FundsPlanLine(FundsCategory category, long amount, String note) {
}
