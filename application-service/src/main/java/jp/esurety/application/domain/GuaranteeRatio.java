package jp.esurety.application.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The ratio of a guarantee amount to its base, as the screen shows it: {@code 40.0%} (rounded down, one decimal). */
public final class GuaranteeRatio {

    private GuaranteeRatio() {
    }

    public static String percent(Long amount, Long base) {
        if (amount == null || base == null || base <= 0) {
            return "0.0%";
        }
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), 1, RoundingMode.DOWN).toPlainString() + "%";
    }

    /** {@code amount ≤ percent % of base}, exactly (no rounding). */
    static boolean atMost(long amount, long base, int percent) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(percent))) <= 0;
    }

    /** {@code amount ≥ percent % of base}, exactly. */
    static boolean atLeast(long amount, long base, int percent) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(percent))) >= 0;
    }
}
