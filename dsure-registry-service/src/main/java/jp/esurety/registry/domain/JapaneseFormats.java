package jp.esurety.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How documents show dates and money: 和暦 (令和8年11月23日; the first year of an era is 元年), times in Asia/Tokyo,
 * yen with thousands separators (20,000,000 円).
 */
public final class JapaneseFormats {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter WAREKI = new DateTimeFormatterBuilder()
            .appendText(ChronoField.ERA, TextStyle.FULL)
            .appendText(ChronoField.YEAR_OF_ERA, yearsOfEra())
            .appendLiteral('年')
            .appendValue(ChronoField.MONTH_OF_YEAR)
            .appendLiteral('月')
            .appendValue(ChronoField.DAY_OF_MONTH)
            .appendLiteral('日')
            .toFormatter(Locale.JAPAN);

    private JapaneseFormats() {
    }

    /** 令和8年11月23日, 令和元年5月1日. */
    public static String wareki(LocalDate date) {
        return date == null ? "" : WAREKI.format(JapaneseDate.from(date));
    }

    /** 令和8年11月23日 10:02 (Tokyo time), for 電子保証発行日時. */
    public static String warekiDateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, TOKYO);
        return wareki(local.toLocalDate()) + " " + String.format("%02d:%02d", local.getHour(), local.getMinute());
    }

    /** 20,000,000 円. */
    public static String yen(long amount) {
        return String.format(Locale.JAPAN, "%,d 円", amount);
    }

    /** 令和8年12月1日 ～ 令和9年3月19日. */
    public static String period(LocalDate from, LocalDate to) {
        return wareki(from) + " ～ " + wareki(to);
    }

    private static Map<Long, String> yearsOfEra() {
        Map<Long, String> years = new HashMap<>();
        years.put(1L, "元");
        for (long y = 2; y <= 99; y++) {
            years.put(y, Long.toString(y));
        }
        return years;
    }
}
