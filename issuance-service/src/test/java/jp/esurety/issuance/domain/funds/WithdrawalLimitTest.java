package jp.esurety.issuance.domain.funds;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static jp.esurety.issuance.domain.funds.FundsCategory.LABOUR;
import static jp.esurety.issuance.domain.funds.FundsCategory.MATERIALS;
import static jp.esurety.issuance.domain.funds.FundsCategory.UNDECIDED;
import static org.assertj.core.api.Assertions.assertThat;

class WithdrawalLimitTest {

    private final Map<FundsCategory, Long> planned = Map.of(MATERIALS, 12_000_000L, LABOUR, 6_000_000L,
            UNDECIDED, 2_000_000L);

    @Test
    void withdrawalWithinAcceptedPlan_upToTheRemainderOfTheCategoryIsApproved() {
        Map<FundsCategory, Long> approved = Map.of(MATERIALS, 3_000_000L);
        assertThat(WithdrawalLimit.check(planned, approved, MATERIALS, 9_000_000)).isEmpty();
        var refused = WithdrawalLimit.check(planned, approved, MATERIALS, 9_000_001).orElseThrow();
        assertThat(refused.rule()).isEqualTo(WithdrawalLimit.WITHDRAWAL_WITHIN_ACCEPTED_PLAN);
        assertThat(refused.message()).isEqualTo("払出額（9,000,001円）が使途「材料費」の払出可能残額（9,000,000円）を超えています。");
    }

    @Test
    void withdrawalWithinAcceptedPlan_aCategoryNotInThePlanHasNothingToWithdraw() {
        assertThat(WithdrawalLimit.check(planned, Map.of(), FundsCategory.POWER, 1).orElseThrow().rule())
                .isEqualTo(WithdrawalLimit.WITHDRAWAL_WITHIN_ACCEPTED_PLAN);
    }

    @Test
    void withdrawalCategoryDecided_nothingIsWithdrawnAgainstUndecided() {
        assertThat(WithdrawalLimit.check(planned, Map.of(), UNDECIDED, 1).orElseThrow().rule())
                .isEqualTo(WithdrawalLimit.WITHDRAWAL_CATEGORY_DECIDED);
    }

    @Test
    void balanceShowsPlannedWithdrawnAndRemainingPerCategoryAndInTotal() {
        FundsBalance b = FundsBalance.of(planned, Map.of(MATERIALS, 3_000_000L));
        assertThat(b.categories()).extracting(FundsBalance.Row::label).containsExactly("材料費", "労務費", "未定");
        assertThat(b.categories().getFirst().remaining()).isEqualTo(9_000_000);
        assertThat(b.planned()).isEqualTo(20_000_000);
        assertThat(b.withdrawn()).isEqualTo(3_000_000);
        assertThat(b.remaining()).isEqualTo(17_000_000);
    }

    @Property
    void remainingIsNeverNegative(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long plannedAmount,
                                  @ForAll @LongRange(min = 0, max = 10_000_000_000L) long approvedAmount) {
        assertThat(WithdrawalLimit.remaining(Map.of(MATERIALS, plannedAmount), Map.of(MATERIALS, approvedAmount),
                MATERIALS)).isNotNegative();
    }
}
