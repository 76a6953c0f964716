package jp.esurety.issuance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 保証料返還計算書: on cancellation the premium is returned pro rata for the days not yet run, rounded down to
 * 100 yen. The cancellation day itself counts as used; nothing is returned once 保証期限 has passed.
 */
public record PremiumRefund(long premium, long totalDays, long unusedDays, long refund, List<PremiumQuote.Line> lines) {

    public static PremiumRefund of(long premium, LocalDate periodFrom, LocalDate guaranteeEnd, LocalDate cancelledOn) {
        long total = PremiumRateTable.days(periodFrom, guaranteeEnd);
        LocalDate firstUnused = cancelledOn.isBefore(periodFrom) ? periodFrom : cancelledOn.plusDays(1);
        long unused = firstUnused.isAfter(guaranteeEnd) ? 0 : PremiumRateTable.days(firstUnused, guaranteeEnd);
        long refund = premium * unused / total / 100 * 100;
        return new PremiumRefund(premium, total, unused, refund, List.of(
                new PremiumQuote.Line("保証料", premium),
                new PremiumQuote.Line("保証期間 (日)", total),
                new PremiumQuote.Line("未経過日数 (日)", unused),
                new PremiumQuote.Line("返還保証料", refund)));
    }
}
