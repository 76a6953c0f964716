package jp.esurety.issuance.domain;

import java.math.BigDecimal;
import java.util.List;

/** The result of a premium calculation: what the 保証料計算書 shows. */
public record PremiumQuote(ProductType productType, long guaranteeAmount, long days, BigDecimal ratePercent,
                           long premium, long consumptionTax, long total, boolean minimumApplied, List<Line> lines) {

    public record Line(String label, long amount) {
    }
}
