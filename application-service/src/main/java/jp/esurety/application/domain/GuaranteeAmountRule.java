package jp.esurety.application.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule 4: 前払金 ≤ 40 % of 請負金額 (or of 今年度対象額 when given) for 土木建築, ≤ 30 % for 設計・調査・測量; 中間前払金 ≤ 20 % and
 * 前払 + 中間 ≤ 60 %; 中間前払金 only with the orderer's 認定 and not for 設計・調査・測量; 契約保証 (and 契約保証予約) ≥ 10 % of
 * 請負金額, ≥ 30 % after a low bid. The percentages come from {@link GuaranteeLimits}.
 */
public final class GuaranteeAmountRule {

    private GuaranteeAmountRule() {
    }

    public static List<FieldViolation> violations(WorkType workType, long contractAmount, Long workCurrentYearAmount,
                                                  boolean lowBid, List<GuaranteeLine> lines, GuaranteeLimits limits) {
        List<FieldViolation> violations = new ArrayList<>();
        long advanceTotal = 0;
        int interimIndex = -1;
        for (int i = 0; i < lines.size(); i++) {
            GuaranteeLine line = lines.get(i);
            if (line.productType() == null || line.guaranteeAmount() == null) {
                continue;
            }
            String amountField = "lines[" + i + "].guaranteeAmount";
            long amount = line.guaranteeAmount();
            long base = advanceBase(line, workCurrentYearAmount, contractAmount);
            switch (line.productType()) {
                case ADVANCE_PAYMENT -> {
                    advanceTotal += amount;
                    int limit = limits.advanceFor(workType);
                    if (!GuaranteeRatio.atMost(amount, base, limit)) {
                        violations.add(new FieldViolation(amountField,
                                "前払金保証金額は請負金額(今年度対象額がある場合は今年度対象額)の" + limit + "%以内にしてください。"));
                    }
                }
                case INTERIM_ADVANCE_PAYMENT -> {
                    advanceTotal += amount;
                    interimIndex = i;
                    if (workType == WorkType.DESIGN_SURVEY) {
                        violations.add(new FieldViolation("lines[" + i + "].productType",
                                "設計・調査・測量の業務には中間前払金保証を申し込めません。"));
                    }
                    if (!line.interimCertified()) {
                        violations.add(new FieldViolation("lines[" + i + "].interimCertificationNumber",
                                "中間前払金保証には発注者の認定(認定番号と認定日)が必要です。"));
                    }
                    if (!GuaranteeRatio.atMost(amount, base, limits.interim())) {
                        violations.add(new FieldViolation(amountField,
                                "中間前払金保証金額は請負金額(今年度対象額がある場合は今年度対象額)の" + limits.interim() + "%以内にしてください。"));
                    }
                }
                case CONTRACT, BID_BOND -> {
                    int minimum = lowBid ? limits.contractMinimumLowBid() : limits.contractMinimum();
                    if (!GuaranteeRatio.atLeast(amount, contractAmount, minimum)) {
                        violations.add(new FieldViolation(amountField, "契約保証金額は請負金額の" + minimum + "%以上にしてください。"
                                + (lowBid ? "(低入札価格調査の対象工事)" : "")));
                    }
                }
            }
        }
        long combinedBase = workCurrentYearAmount != null ? workCurrentYearAmount : contractAmount;
        if (interimIndex >= 0 && !GuaranteeRatio.atMost(advanceTotal, combinedBase, limits.advancePlusInterim())) {
            violations.add(new FieldViolation("lines[" + interimIndex + "].guaranteeAmount",
                    "前払金と中間前払金の合計は請負金額の" + limits.advancePlusInterim() + "%以内にしてください。"));
        }
        return violations;
    }

    /** The amount an advance is measured against: the line's 今年度対象額, else the work's, else 請負金額. */
    public static long advanceBase(GuaranteeLine line, Long workCurrentYearAmount, long contractAmount) {
        if (line.currentYearAmount() != null && line.currentYearAmount() > 0) {
            return line.currentYearAmount();
        }
        if (workCurrentYearAmount != null && workCurrentYearAmount > 0) {
            return workCurrentYearAmount;
        }
        return contractAmount;
    }
}
