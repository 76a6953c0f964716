package jp.esurety.issuance.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rate-table rules: validity dates, tier choice, rounding, minimum premium, consumption tax on the bid-bond fee. */
class PremiumRateTableTest {

    private static PremiumRateTable table(ProductType product, PremiumRateTable.Rounding rounding, int unit,
                                          long minimum, int tax, List<PremiumRateTable.Tier> tiers) {
        return new PremiumRateTable(product, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), unit, rounding,
                minimum, tax, tiers);
    }

    private static PremiumRateTable.Tier tier(Long amount, Integer days, String rate) {
        return new PremiumRateTable.Tier(amount, days, new BigDecimal(rate));
    }

    @Test
    void tableIsValidFromItsFirstToItsLastDayInclusive() {
        PremiumRateTable t = table(ProductType.ADVANCE_PAYMENT, PremiumRateTable.Rounding.DOWN, 1, 0, 0,
                List.of(tier(null, null, "0.1")));
        assertThat(t.validOn(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(t.validOn(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(t.validOn(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(t.validOn(LocalDate.of(2027, 4, 1))).isFalse();
    }

    @Test
    void roundingModesApplyToTheRoundingUnit() {
        List<PremiumRateTable.Tier> tiers = List.of(tier(null, null, "1"));
        LocalDate d = LocalDate.of(2026, 5, 1);
        assertThat(table(ProductType.CONTRACT, PremiumRateTable.Rounding.DOWN, 100, 0, 0, tiers).quote(12_350, d, d)
                .premium()).isEqualTo(100); // 123.5
        assertThat(table(ProductType.CONTRACT, PremiumRateTable.Rounding.UP, 100, 0, 0, tiers).quote(12_350, d, d)
                .premium()).isEqualTo(200);
        assertThat(table(ProductType.CONTRACT, PremiumRateTable.Rounding.HALF_UP, 10, 0, 0, tiers).quote(12_350, d, d)
                .premium()).isEqualTo(120);
    }

    @Test
    void minimumPremiumAppliesWhenTheComputedOneIsLower() {
        PremiumQuote q = table(ProductType.ADVANCE_PAYMENT, PremiumRateTable.Rounding.DOWN, 100, 3000, 0,
                List.of(tier(null, null, "0.28"))).quote(500_000, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 30));
        assertThat(q.premium()).isEqualTo(3000);
        assertThat(q.minimumApplied()).isTrue();
    }

    @Test
    void bidBondFeeIsTaxedAndPremiumsAreNot() {
        LocalDate d = LocalDate.of(2026, 5, 1);
        PremiumQuote fee = table(ProductType.BID_BOND, PremiumRateTable.Rounding.DOWN, 1, 0, 10,
                List.of(tier(null, null, "0.01"))).quote(80_000_000, d, d);
        assertThat(fee.consumptionTax()).isEqualTo(800);
        assertThat(fee.total()).isEqualTo(8800);
        assertThat(fee.lines()).extracting(PremiumQuote.Line::label).contains("契約保証予約手数料", "消費税 (10%)");
        PremiumQuote premium = table(ProductType.ADVANCE_PAYMENT, PremiumRateTable.Rounding.DOWN, 1, 0, 0,
                List.of(tier(null, null, "0.01"))).quote(80_000_000, d, d);
        assertThat(premium.consumptionTax()).isZero();
        assertThat(premium.lines()).extracting(PremiumQuote.Line::label).doesNotContain("消費税 (10%)");
    }

    @Test
    void tierIsChosenByAmountThenPeriodWhateverOrderTheyAreGivenIn() {
        PremiumRateTable t = table(ProductType.ADVANCE_PAYMENT, PremiumRateTable.Rounding.DOWN, 1, 0, 0, List.of(
                tier(null, null, "0.5"), tier(1000L, null, "0.3"), tier(1000L, 10, "0.1"), tier(null, 10, "0.4")));
        LocalDate from = LocalDate.of(2026, 5, 1);
        assertThat(t.quote(1000, from, from.plusDays(9)).ratePercent()).isEqualByComparingTo("0.1");
        assertThat(t.quote(1000, from, from.plusDays(10)).ratePercent()).isEqualByComparingTo("0.3");
        assertThat(t.quote(1001, from, from.plusDays(9)).ratePercent()).isEqualByComparingTo("0.4");
        assertThat(t.quote(1001, from, from.plusDays(10)).ratePercent()).isEqualByComparingTo("0.5");
    }

    @Test
    void tableWithoutAnOpenTierOrWithReversedValidityIsRefused() {
        assertThatThrownBy(() -> table(ProductType.ADVANCE_PAYMENT, PremiumRateTable.Rounding.DOWN, 1, 0, 0,
                List.of(tier(1000L, null, "0.1")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PremiumRateTable(ProductType.ADVANCE_PAYMENT, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 3, 1), 1, PremiumRateTable.Rounding.DOWN, 0, 0, List.of(tier(null, null, "0.1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void guaranteePeriodCountsBothDays() {
        assertThat(PremiumRateTable.days(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 19))).isEqualTo(109);
    }
}
