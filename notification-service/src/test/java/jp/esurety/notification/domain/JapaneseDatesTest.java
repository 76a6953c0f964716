package jp.esurety.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates on documents are 和暦. */
class JapaneseDatesTest {

    @Test
    void reiwaDates() {
        assertThat(JapaneseDates.format(LocalDate.of(2026, 11, 23))).isEqualTo("令和8年11月23日");
    }

    @Test
    void firstYearOfAnEraIsGannen() {
        assertThat(JapaneseDates.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
    }
}
