package jp.esurety.notification.domain;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/** Dates on documents in 和暦, e.g. 令和8年11月23日; the first year of an era is 元年. */
public final class JapaneseDates {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendText(ChronoField.ERA, TextStyle.FULL)
            .appendText(ChronoField.YEAR_OF_ERA, yearsOfEra())
            .appendLiteral('年')
            .appendValue(ChronoField.MONTH_OF_YEAR)
            .appendLiteral('月')
            .appendValue(ChronoField.DAY_OF_MONTH)
            .appendLiteral('日')
            .toFormatter(Locale.JAPAN);

    private JapaneseDates() {
    }

    public static String format(LocalDate date) {
        return FORMAT.format(JapaneseDate.from(date));
    }

    private static Map<Long, String> yearsOfEra() {
        Map<Long, String> years = new java.util.HashMap<>();
        years.put(1L, "元");
        for (long y = 2; y <= 99; y++) {
            years.put(y, Long.toString(y));
        }
        return years;
    }
}
