package jp.esurety.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GuaranteeStatusTest {

    static final LocalDate END = LocalDate.of(2027, 3, 31);

    @Test
    void inForceUntilTheLastDayOfTheTerm() {
        assertThat(GuaranteeStatus.of(false, false, END, END)).isEqualTo(GuaranteeStatus.IN_FORCE);
    }

    @Test
    void pastItsTermFromTheNextDay() {
        assertThat(GuaranteeStatus.of(false, false, END, END.plusDays(1))).isEqualTo(GuaranteeStatus.EXPIRED);
        assertThat(GuaranteeStatus.EXPIRED.banner()).contains("保証期限");
    }

    @Test
    void cancellationWinsOverExpiry() {
        assertThat(GuaranteeStatus.of(true, true, END, END.plusDays(1))).isEqualTo(GuaranteeStatus.CANCELLED);
        assertThat(GuaranteeStatus.CANCELLED.banner()).contains("解約");
    }

    @Test
    void expiryReportedByIssuanceCounts() {
        assertThat(GuaranteeStatus.of(false, true, END, END)).isEqualTo(GuaranteeStatus.EXPIRED);
    }
}
