package jp.esurety.issuance.domain.funds;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules a 前払金使途内訳明細書 (funds plan, any version) must meet before it is submitted. */
public final class FundsPlanRules {

    /** The plan's lines add up to the advance amount exactly. */
    public static final String PLAN_TOTAL_EQUALS_ADVANCE = "plan-total-equals-advance";
    /** Each planned amount is at least 1 yen (amounts never negative). */
    public static final String PLAN_AMOUNT_POSITIVE = "plan-amount-positive";
    /** A category appears at most once in a plan. */
    public static final String PLAN_CATEGORY_ONCE = "plan-category-once";
    /** A 使途変更 keeps every category at least at what was already withdrawn (approved) for it. */
    public static final String PLAN_COVERS_APPROVED_WITHDRAWALS = "plan-covers-approved-withdrawals";

    private FundsPlanRules() {
    }

    /**
     * The violations of a plan for an advance of {@code advanceAmount} when {@code approved} (per category) has
     * already been withdrawn; empty when the plan may be submitted.
     */
    public static List<FundsRuleViolation> check(List<FundsPlanLine> lines, long advanceAmount,
                                                 Map<FundsCategory, Long> approved) {
        List<FundsRuleViolation> violations = new ArrayList<>();
        Set<FundsCategory> seen = EnumSet.noneOf(FundsCategory.class);
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            FundsPlanLine line = lines.get(i);
            if (line.amount() < 1) {
                violations.add(new FundsRuleViolation(PLAN_AMOUNT_POSITIVE, "lines[" + i + "].amount",
                        "金額は1円以上で入力してください。"));
            }
            if (!seen.add(line.category())) {
                violations.add(new FundsRuleViolation(PLAN_CATEGORY_ONCE, "lines[" + i + "].category",
                        "使途「" + line.category().label() + "」が重複しています。1行にまとめてください。"));
            }
            total = Math.addExact(total, Math.max(0, line.amount()));
        }
        if (total != advanceAmount) {
            violations.add(new FundsRuleViolation(PLAN_TOTAL_EQUALS_ADVANCE, "lines",
                    String.format("使途内訳の合計（%,d円）が前払金額（%,d円）と一致しません。", total, advanceAmount)));
        }
        Map<FundsCategory, Long> planned = totals(lines);
        approved.forEach((category, withdrawn) -> {
            if (withdrawn > planned.getOrDefault(category, 0L)) {
                violations.add(new FundsRuleViolation(PLAN_COVERS_APPROVED_WITHDRAWALS, "lines",
                        String.format("使途「%s」は既に%,d円払出済みです。払出済みの額以上を計上してください。",
                                category.label(), withdrawn)));
            }
        });
        return violations;
    }

    /** Planned amount per category. */
    public static Map<FundsCategory, Long> totals(List<FundsPlanLine> lines) {
        Map<FundsCategory, Long> totals = new EnumMap<>(FundsCategory.class);
        for (FundsPlanLine line : lines) {
            totals.merge(line.category(), line.amount(), Long::sum);
        }
        return totals;
    }
}
