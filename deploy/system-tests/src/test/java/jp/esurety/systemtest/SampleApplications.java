package jp.esurety.systemtest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of an electronic 前払金保証 application for 小美玉市長 that the demo rules of branch 10101 approve at once
 * (auto-approval up to 100M), as the system tests send it through the gateway.
 */
public final class SampleApplications {

    public static final String OMITAMA = "ORD-082368";

    private SampleApplications() {
    }

    /**
     * @param workName           工事名
     * @param ordererWorkNumber  発注者の工事番号
     * @param guaranteeAmount    保証金額 (the advance) in yen
     * @param depositBank        前払金の預託金融機関
     * @param completionMail     where the completion mail goes, or {@code null} for none
     */
    public static Map<String, Object> advancePayment(String workName, String ordererWorkNumber, long guaranteeAmount,
                                                     String depositBank, String completionMail) {
        Map<String, Object> work = new HashMap<>();
        work.put("name", workName);
        work.put("ordererWorkNumber", ordererWorkNumber);
        work.put("ordererId", OMITAMA);
        work.put("workType", "CIVIL_BUILDING");
        work.put("contractAmount", 50_000_000);
        work.put("periodFrom", "2026-12-01");
        work.put("periodTo", "2027-03-19");
        work.put("contractDate", "2026-11-20");
        work.put("electronicPermitted", true);
        Map<String, Object> line = new HashMap<>();
        line.put("productType", "ADVANCE_PAYMENT");
        line.put("format", "ELECTRONIC");
        line.put("guaranteeAmount", guaranteeAmount);
        line.put("depositBank", depositBank);
        line.put("redeposit", false);
        line.put("premiumPaymentMethod", "BULK");
        line.put("premiumPayer", "株式会社 小美玉建設");
        line.put("paperStatementWanted", false);
        Map<String, Object> information = new HashMap<>();
        information.put("branchCode", "10101");
        information.put("completionMailWanted", completionMail != null);
        if (completionMail != null) {
            information.put("completionMailAddress", completionMail);
        }
        return Map.of("work", work, "lines", List.of(line), "information", information);
    }
}
