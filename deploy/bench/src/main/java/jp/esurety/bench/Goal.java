package jp.esurety.bench;

import java.util.Locale;

/**
 * A target of issue 10 and whether a measured value meets it.
 *
 * @param name      what is measured
 * @param limit     the target value
 * @param atMost    true: the value must not exceed the limit (latency); false: must reach it (throughput, ratio)
 * @param unit      printed after numbers ("ms", "/s", "")
 */
record Goal(String name, double limit, boolean atMost, String unit) {

    static Goal atMost(String name, double limit, String unit) {
        return new Goal(name, limit, true, unit);
    }

    static Goal atLeast(String name, double limit, String unit) {
        return new Goal(name, limit, false, unit);
    }

    /** @return whether the value meets the goal; a missing value never does */
    boolean met(Double value) {
        return value != null && (atMost ? value <= limit : value >= limit);
    }

    /** @return "≤ 500 ms" / "≥ 0.5" */
    String target() {
        return (atMost ? "≤ " : "≥ ") + number(limit) + suffix();
    }

    /** @return "met", or "missed by 123 ms (+25 %)" */
    String verdict(Double value) {
        if (value == null) {
            return "not measured";
        }
        if (met(value)) {
            return "met";
        }
        double gap = Math.abs(value - limit);
        String share = limit == 0 ? "" : String.format(Locale.ROOT, " (%s%.0f %%)", atMost ? "+" : "−", gap / limit * 100);
        return "**missed** by " + number(gap) + suffix() + share;
    }

    private String suffix() {
        return unit.isEmpty() ? "" : (unit.startsWith("/") ? unit : " " + unit);
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : "%.2f", value);
    }
}
