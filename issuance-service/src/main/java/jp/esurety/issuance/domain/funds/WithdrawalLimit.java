package jp.esurety.issuance.domain.funds;

import java.util.Map;
import java.util.Optional;

/** The surety approves a 払出依頼 only for what the accepted plan still covers in its category. */
public final class WithdrawalLimit {

    /** The amount is within planned − already approved of the category (of the accepted plan). */
    public static final String WITHDRAWAL_WITHIN_ACCEPTED_PLAN = "withdrawal-within-accepted-plan";
    /** Nothing is withdrawn against 未定: it must be fixed with a 使途変更 first. */
    public static final String WITHDRAWAL_CATEGORY_DECIDED = "withdrawal-category-decided";

    private WithdrawalLimit() {
    }

    /** What is left to withdraw in {@code category}; never negative. */
    public static long remaining(Map<FundsCategory, Long> planned, Map<FundsCategory, Long> approved,
                                 FundsCategory category) {
        return Math.max(0, planned.getOrDefault(category, 0L) - approved.getOrDefault(category, 0L));
    }

    /** Why {@code amount} in {@code category} cannot be approved, if it cannot. */
    public static Optional<FundsRuleViolation> check(Map<FundsCategory, Long> planned,
                                                     Map<FundsCategory, Long> approved,
                                                     FundsCategory category, long amount) {
        if (!category.withdrawable()) {
            return Optional.of(new FundsRuleViolation(WITHDRAWAL_CATEGORY_DECIDED, "category",
                    "使途が「未定」の前払金は払い出せません。使途変更で使途を確定してください。"));
        }
        long remaining = remaining(planned, approved, category);
        if (amount > remaining) {
            return Optional.of(new FundsRuleViolation(WITHDRAWAL_WITHIN_ACCEPTED_PLAN, "amount",
                    String.format("払出額（%,d円）が使途「%s」の払出可能残額（%,d円）を超えています。",
                            amount, category.label(), remaining)));
        }
        return Optional.empty();
    }
}
