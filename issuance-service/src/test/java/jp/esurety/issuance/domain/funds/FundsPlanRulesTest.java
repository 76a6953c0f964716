package jp.esurety.issuance.domain.funds;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static jp.esurety.issuance.domain.funds.FundsCategory.LABOUR;
import static jp.esurety.issuance.domain.funds.FundsCategory.MATERIALS;
import static jp.esurety.issuance.domain.funds.FundsCategory.UNDECIDED;
import static org.assertj.core.api.Assertions.assertThat;

class FundsPlanRulesTest {

    private static final long ADVANCE = 20_000_000;

    @Test
    void planTotalEqualsAdvance_aPlanAddingUpToTheAdvanceIsAccepted() {
        assertThat(FundsPlanRules.check(List.of(new FundsPlanLine(MATERIALS, 12_000_000, null),
                new FundsPlanLine(LABOUR, 6_000_000, null), new FundsPlanLine(UNDECIDED, 2_000_000, "後日確定")),
                ADVANCE, Map.of())).isEmpty();
    }

    @Test
    void planTotalEqualsAdvance_aPlanShortOfOrAboveTheAdvanceIsRefused() {
        var below = FundsPlanRules.check(List.of(new FundsPlanLine(MATERIALS, 19_999_999, null)), ADVANCE, Map.of());
        assertThat(below).extracting(FundsRuleViolation::rule).containsExactly(FundsPlanRules.PLAN_TOTAL_EQUALS_ADVANCE);
        assertThat(below.getFirst().message()).isEqualTo("使途内訳の合計（19,999,999円）が前払金額（20,000,000円）と一致しません。");
        assertThat(FundsPlanRules.check(List.of(new FundsPlanLine(MATERIALS, 20_000_001, null)), ADVANCE, Map.of()))
                .extracting(FundsRuleViolation::rule).containsExactly(FundsPlanRules.PLAN_TOTAL_EQUALS_ADVANCE);
    }

    @Test
    void planAmountPositive_zeroOrNegativeLinesAreRefusedEvenWhenTheTotalMatches() {
        var violations = FundsPlanRules.check(List.of(new FundsPlanLine(MATERIALS, 21_000_000, null),
                new FundsPlanLine(LABOUR, -1_000_000, null)), ADVANCE, Map.of());
        assertThat(violations).extracting(FundsRuleViolation::rule).contains(FundsPlanRules.PLAN_AMOUNT_POSITIVE);
        assertThat(violations).extracting(FundsRuleViolation::field).contains("lines[1].amount");
    }

    @Test
    void planCategoryOnce_aCategoryTwiceIsRefused() {
        assertThat(FundsPlanRules.check(List.of(new FundsPlanLine(MATERIALS, 10_000_000, null),
                new FundsPlanLine(MATERIALS, 10_000_000, null)), ADVANCE, Map.of()))
                .extracting(FundsRuleViolation::rule).containsExactly(FundsPlanRules.PLAN_CATEGORY_ONCE);
    }

    @Test
    void planCoversApprovedWithdrawals_aChangeBelowWhatWasWithdrawnIsRefused() {
        var change = List.of(new FundsPlanLine(MATERIALS, 2_000_000, null), new FundsPlanLine(LABOUR, 18_000_000, null));
        assertThat(FundsPlanRules.check(change, ADVANCE, Map.of(MATERIALS, 3_000_000L)))
                .extracting(FundsRuleViolation::rule).containsExactly(FundsPlanRules.PLAN_COVERS_APPROVED_WITHDRAWALS);
        assertThat(FundsPlanRules.check(change, ADVANCE, Map.of(MATERIALS, 2_000_000L))).isEmpty();
    }
}
