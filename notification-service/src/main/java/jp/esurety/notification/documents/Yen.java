package jp.esurety.notification.documents;

import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as printed on documents: digits grouped by commas, e.g. 3,000,000 円. */
final class Yen {

    private Yen() {
    }

    static String digits(long amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }

    static String of(long amount) {
        return digits(amount) + " 円";
    }
}
