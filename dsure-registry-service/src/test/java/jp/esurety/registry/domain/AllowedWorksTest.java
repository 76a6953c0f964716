package jp.esurety.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AllowedWorksTest {

    static final LocalDate FROM = LocalDate.of(2024, 8, 1);

    @Test
    void allWorksRulePermitsEveryWorkFromTheAcceptsFromDate() {
        assertThat(AllowedWorks.ALL_WORKS.permits(FROM, LocalDate.of(2024, 8, 1), false)).isTrue();
        assertThat(AllowedWorks.ALL_WORKS.permits(FROM, LocalDate.of(2024, 7, 31), true)).isFalse();
    }

    @Test
    void markedWorksOnlyRulePermitsOnlyWorksTheOrdererMarkedEligible() {
        assertThat(AllowedWorks.MARKED_WORKS_ONLY.permits(FROM, LocalDate.of(2026, 12, 1), true)).isTrue();
        assertThat(AllowedWorks.MARKED_WORKS_ONLY.permits(FROM, LocalDate.of(2026, 12, 1), false)).isFalse();
        assertThat(AllowedWorks.MARKED_WORKS_ONLY.permits(FROM, LocalDate.of(2024, 7, 31), true)).isFalse();
    }

    @Test
    void anOrdererWithoutAnAcceptsFromDatePermitsNoWork() {
        assertThat(AllowedWorks.ALL_WORKS.permits(null, LocalDate.of(2026, 12, 1), true)).isFalse();
    }

    @Test
    void blankRuleMeansMarkedWorksOnlyAndUnknownValuesAreRefused() {
        assertThat(AllowedWorks.parse(null)).contains(AllowedWorks.MARKED_WORKS_ONLY);
        assertThat(AllowedWorks.parse("ALL_WORKS")).contains(AllowedWorks.ALL_WORKS);
        assertThat(AllowedWorks.parse("true")).isEmpty();
    }
}
