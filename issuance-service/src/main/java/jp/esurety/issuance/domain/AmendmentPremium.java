package jp.esurety.issuance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 変更保証料: the premium of an approved change (増額 / 減額 / 保証期限変更) is the premium of the changed guarantee
 * (new amount, 工期 start to the new 保証期限) from the rate table that priced the contract, less the premium already
 * charged for the contract (before tax), never below zero. So 増額 and a longer 保証期限 cost the difference, and
 * 減額 or a shorter 保証期限 cost nothing and return nothing: the surety carried the larger risk until the change, and
 * premium is returned only on 解約 (see {@link PremiumRefund}). Consumption tax (taxable products) is charged on the
 * additional premium.
 */
public record AmendmentPremium(PremiumQuote changedTerms, long alreadyCharged, long additionalPremium,
                               long consumptionTax, long total, List<PremiumQuote.Line> lines) {

    public static AmendmentPremium of(PremiumRateTable table, long alreadyCharged, long newGuaranteeAmount,
                                      LocalDate from, LocalDate newGuaranteeEnd) {
        if (alreadyCharged < 0) {
            throw new IllegalArgumentException("premium already charged must not be negative");
        }
        PremiumQuote changed = table.quote(newGuaranteeAmount, from, newGuaranteeEnd);
        long additional = Math.max(0, changed.premium() - alreadyCharged);
        long tax = BigDecimal.valueOf(additional).multiply(BigDecimal.valueOf(table.taxRatePercent()))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact();
        List<PremiumQuote.Line> lines = new ArrayList<>();
        lines.add(new PremiumQuote.Line("変更後の保証金額", newGuaranteeAmount));
        lines.add(new PremiumQuote.Line("変更後の保証期間 (日)", changed.days()));
        lines.add(new PremiumQuote.Line("変更後の保証料", changed.premium()));
        lines.add(new PremiumQuote.Line("既収保証料", alreadyCharged));
        lines.add(new PremiumQuote.Line("追加保証料", additional));
        if (table.taxable()) {
            lines.add(new PremiumQuote.Line("消費税 (" + table.taxRatePercent() + "%)", tax));
        }
        return new AmendmentPremium(changed, alreadyCharged, additional, tax, additional + tax, List.copyOf(lines));
    }
}
