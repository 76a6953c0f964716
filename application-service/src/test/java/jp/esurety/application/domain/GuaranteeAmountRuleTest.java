package jp.esurety.application.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule 4: the statutory ratios of 前払金, 中間前払金 and 契約保証. */
class GuaranteeAmountRuleTest {

    static final GuaranteeLimits LIMITS = new GuaranteeLimits(40, 30, 40, 20, 60, 10, 30);
    static final long CONTRACT = 50_000_000;

    static GuaranteeLine advance(long amount) {
        return new GuaranteeLine(ProductType.ADVANCE_PAYMENT, amount, null, false);
    }

    static List<FieldViolation> check(WorkType type, boolean lowBid, GuaranteeLine... lines) {
        return GuaranteeAmountRule.violations(type, CONTRACT, null, lowBid, List.of(lines), LIMITS);
    }

    @Test
    void rule4AdvanceUpTo40PercentForCivilBuilding() {
        assertThat(check(WorkType.CIVIL_BUILDING, false, advance(20_000_000))).isEmpty();
        assertThat(check(WorkType.CIVIL_BUILDING, false, advance(20_000_001)))
                .extracting(FieldViolation::field, FieldViolation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[0].guaranteeAmount",
                        "前払金保証金額は請負金額(今年度対象額がある場合は今年度対象額)の40%以内にしてください。"));
    }

    @Test
    void rule4AdvanceUpTo30PercentForDesignSurvey() {
        assertThat(check(WorkType.DESIGN_SURVEY, false, advance(15_000_000))).isEmpty();
        assertThat(check(WorkType.DESIGN_SURVEY, false, advance(15_000_001)))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("30%以内"));
    }

    @Test
    void rule4AdvanceIsMeasuredAgainstTheCurrentYearAmountWhenGiven() {
        GuaranteeLine line = new GuaranteeLine(ProductType.ADVANCE_PAYMENT, 8_000_000L, 20_000_000L, false);
        assertThat(GuaranteeAmountRule.violations(WorkType.CIVIL_BUILDING, CONTRACT, null, false, List.of(line),
                LIMITS)).isEmpty();
        GuaranteeLine tooMuch = new GuaranteeLine(ProductType.ADVANCE_PAYMENT, 8_000_001L, 20_000_000L, false);
        assertThat(GuaranteeAmountRule.violations(WorkType.CIVIL_BUILDING, CONTRACT, null, false, List.of(tooMuch),
                LIMITS)).hasSize(1);
    }

    @Test
    void rule4InterimUpTo20PercentAndTogetherWithTheAdvanceUpTo60() {
        GuaranteeLine interim = new GuaranteeLine(ProductType.INTERIM_ADVANCE_PAYMENT, 10_000_000L, null, true);
        assertThat(check(WorkType.CIVIL_BUILDING, false, advance(20_000_000), interim)).isEmpty();
        GuaranteeLine tooMuch = new GuaranteeLine(ProductType.INTERIM_ADVANCE_PAYMENT, 10_000_001L, null, true);
        assertThat(check(WorkType.CIVIL_BUILDING, false, advance(20_000_000), tooMuch))
                .extracting(FieldViolation::message)
                .anySatisfy(m -> assertThat(m).contains("20%以内"))
                .anySatisfy(m -> assertThat(m).contains("合計は請負金額の60%以内"));
    }

    @Test
    void rule4InterimNeedsTheOrderersCertification() {
        GuaranteeLine uncertified = new GuaranteeLine(ProductType.INTERIM_ADVANCE_PAYMENT, 5_000_000L, null, false);
        assertThat(check(WorkType.CIVIL_BUILDING, false, uncertified)).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("lines[0].interimCertificationNumber"));
    }

    @Test
    void rule4NoInterimForDesignSurvey() {
        GuaranteeLine interim = new GuaranteeLine(ProductType.INTERIM_ADVANCE_PAYMENT, 5_000_000L, null, true);
        assertThat(check(WorkType.DESIGN_SURVEY, false, interim)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("設計・調査・測量の業務には中間前払金保証を申し込めません"));
    }

    @Test
    void rule4ContractGuaranteeAtLeast10PercentOr30AfterALowBid() {
        GuaranteeLine tenPercent = new GuaranteeLine(ProductType.CONTRACT, 5_000_000L, null, false);
        assertThat(check(WorkType.CIVIL_BUILDING, false, tenPercent)).isEmpty();
        assertThat(check(WorkType.CIVIL_BUILDING, false,
                new GuaranteeLine(ProductType.CONTRACT, 4_999_999L, null, false))).hasSize(1);
        assertThat(check(WorkType.CIVIL_BUILDING, true, tenPercent)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("30%以上"));
        assertThat(check(WorkType.CIVIL_BUILDING, true,
                new GuaranteeLine(ProductType.CONTRACT, 15_000_000L, null, false))).isEmpty();
    }

    @Test
    void ratioIsShownWithOneDecimalAsTheScreenDoes() {
        assertThat(GuaranteeRatio.percent(20_000_000L, 50_000_000L)).isEqualTo("40.0%");
        assertThat(GuaranteeRatio.percent(1L, 3L)).isEqualTo("33.3%");
        assertThat(GuaranteeRatio.percent(null, 50_000_000L)).isEqualTo("0.0%");
        assertThat(GuaranteeRatio.percent(5L, null)).isEqualTo("0.0%");
    }
}
