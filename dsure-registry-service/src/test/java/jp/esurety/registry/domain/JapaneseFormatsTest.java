package jp.esurety.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class JapaneseFormatsTest {

    @Test
    void datesAreInTheJapaneseEra() {
        assertThat(JapaneseFormats.wareki(LocalDate.of(2026, 11, 23))).isEqualTo("令和8年11月23日");
    }

    @Test
    void theFirstYearOfAnEraIsGannen() {
        assertThat(JapaneseFormats.wareki(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(JapaneseFormats.wareki(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(JapaneseFormats.wareki(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
    }

    @Test
    void timesAreShownInTokyo() {
        assertThat(JapaneseFormats.warekiDateTime(Instant.parse("2026-11-22T15:30:00Z"))).isEqualTo("令和8年11月23日 00:30");
    }

    @Test
    void yenHaveThousandsSeparators() {
        assertThat(JapaneseFormats.yen(20_000_000)).isEqualTo("20,000,000 円");
        assertThat(JapaneseFormats.yen(999)).isEqualTo("999 円");
    }
}
