package jp.esurety.issuance.domain.funds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 前払金払出予定: per category the planned, withdrawn (approved) and remaining amounts, and the totals. */
public record FundsBalance(List<Row> categories, long planned, long withdrawn, long remaining) {

    public record Row(FundsCategory category, String label, long planned, long withdrawn, long remaining) {
    }

    /** The balance of the accepted plan's amounts against approved withdrawals, in category order. */
    public static FundsBalance of(Map<FundsCategory, Long> planned, Map<FundsCategory, Long> approved) {
        List<Row> rows = new ArrayList<>();
        long p = 0;
        long w = 0;
        long r = 0;
        for (FundsCategory c : FundsCategory.values()) {
            if (!planned.containsKey(c) && !approved.containsKey(c)) {
                continue;
            }
            long plannedAmount = planned.getOrDefault(c, 0L);
            long withdrawnAmount = approved.getOrDefault(c, 0L);
            long remaining = WithdrawalLimit.remaining(planned, approved, c);
            rows.add(new Row(c, c.label(), plannedAmount, withdrawnAmount, remaining));
            p += plannedAmount;
            w += withdrawnAmount;
            r += remaining;
        }
        return new FundsBalance(List.copyOf(rows), p, w, r);
    }
}
