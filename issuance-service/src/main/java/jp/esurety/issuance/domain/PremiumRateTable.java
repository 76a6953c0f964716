package jp.esurety.issuance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A premium rate table of one product, valid from a date (inclusive) to a date (inclusive, open when null).
 * The rate is chosen from the tiers by guarantee amount and guarantee period: the first tier, in ascending order of
 * (amountUpTo, daysUpTo) with null meaning "no upper bound", whose bounds contain both. The premium is
 * amount × rate% rounded to the rounding unit, at least the minimum premium; consumption tax (taxable products,
 * i.e. the 契約保証予約 fee) is taxRatePercent of the premium, rounded down to the yen.
 */
public record PremiumRateTable(ProductType productType, LocalDate validFrom, LocalDate validTo, int roundingUnit,
                               Rounding rounding, long minimumPremium, int taxRatePercent, List<Tier> tiers) {

    /** How the premium is rounded to the rounding unit. */
    public enum Rounding {
        DOWN(RoundingMode.DOWN), UP(RoundingMode.UP), HALF_UP(RoundingMode.HALF_UP);

        private final RoundingMode mode;

        Rounding(RoundingMode mode) {
            this.mode = mode;
        }
    }

    /** Rate in percent for amounts up to amountUpTo (null: any) and periods up to daysUpTo (null: any). */
    public record Tier(Long amountUpTo, Integer daysUpTo, BigDecimal ratePercent) {
        public Tier {
            if (ratePercent == null || ratePercent.signum() < 0) {
                throw new IllegalArgumentException("rate must be zero or positive");
            }
        }

        boolean contains(long amount, long days) {
            return (amountUpTo == null || amount <= amountUpTo) && (daysUpTo == null || days <= daysUpTo);
        }
    }

    private static final Comparator<Long> NULLS_LAST_LONG = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<Integer> NULLS_LAST_INT = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<Tier> ORDER = Comparator.comparing(Tier::amountUpTo, NULLS_LAST_LONG)
            .thenComparing(Tier::daysUpTo, NULLS_LAST_INT);

    public PremiumRateTable {
        if (productType == null || validFrom == null || rounding == null) {
            throw new IllegalArgumentException("product, valid-from date and rounding are required");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid-to date before valid-from date");
        }
        if (roundingUnit < 1 || minimumPremium < 0 || taxRatePercent < 0 || taxRatePercent > 100) {
            throw new IllegalArgumentException("rounding unit, minimum premium or tax rate out of range");
        }
        if (tiers == null || tiers.isEmpty()) {
            throw new IllegalArgumentException("a rate table needs at least one tier");
        }
        tiers = tiers.stream().sorted(ORDER).toList();
        if (tiers.stream().noneMatch(t -> t.amountUpTo() == null && t.daysUpTo() == null)) {
            throw new IllegalArgumentException("a rate table needs a tier without upper bounds");
        }
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean taxable() {
        return taxRatePercent > 0;
    }

    /** Guarantee period in days, both ends included (2026-12-01 to 2027-03-19 is 109 days). */
    public static long days(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the guarantee period ends before it starts");
        }
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public PremiumQuote quote(long guaranteeAmount, LocalDate from, LocalDate to) {
        if (guaranteeAmount < 0) {
            throw new IllegalArgumentException("guarantee amount must not be negative");
        }
        long days = days(from, to);
        Tier tier = tiers.stream().filter(t -> t.contains(guaranteeAmount, days)).findFirst().orElseThrow();
        BigDecimal raw = BigDecimal.valueOf(guaranteeAmount).multiply(tier.ratePercent())
                .divide(BigDecimal.valueOf(100));
        BigDecimal unit = BigDecimal.valueOf(roundingUnit);
        long rounded = raw.divide(unit, 0, rounding.mode).multiply(unit).longValueExact();
        long premium = Math.max(rounded, minimumPremium);
        long tax = BigDecimal.valueOf(premium).multiply(BigDecimal.valueOf(taxRatePercent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact();
        List<PremiumQuote.Line> lines = new ArrayList<>();
        lines.add(new PremiumQuote.Line("保証金額", guaranteeAmount));
        lines.add(new PremiumQuote.Line("保証期間 (日)", days));
        lines.add(new PremiumQuote.Line(productType == ProductType.BID_BOND ? "契約保証予約手数料" : "保証料", premium));
        if (taxable()) {
            lines.add(new PremiumQuote.Line("消費税 (" + taxRatePercent + "%)", tax));
        }
        return new PremiumQuote(productType, guaranteeAmount, days, tier.ratePercent(), premium, tax, premium + tax,
                rounded < minimumPremium, List.copyOf(lines));
    }
}
