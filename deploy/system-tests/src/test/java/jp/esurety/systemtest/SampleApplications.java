package jp.esurety.systemtest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bodies of electronic applications of contractor1 (一括納付) for 小美玉市長 to branch 10101, as the system tests send
 * them through the gateway: a 前払金保証 the demo rules approve at once (up to 100M), and a 契約保証 of any amount (above
 * the rule's 50M it goes to underwriter1's queue).
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
        Map<String, Object> line = electronicLine("ADVANCE_PAYMENT", guaranteeAmount);
        line.put("depositBank", depositBank);
        line.put("redeposit", false);
        Map<String, Object> information = new HashMap<>();
        information.put("branchCode", "10101");
        information.put("completionMailWanted", completionMail != null);
        if (completionMail != null) {
            information.put("completionMailAddress", completionMail);
        }
        return Map.of("work", work, "lines", List.of(line), "information", information);
    }

    /**
     * A 契約保証 alone (the 前払金 is planned but not applied for here), without completion mail.
     *
     * @param workName          工事名
     * @param ordererWorkNumber 発注者の工事番号
     * @param contractAmount    請負代金額 in yen
     * @param guaranteeAmount   保証金額 in yen
     */
    public static Map<String, Object> contractGuarantee(String workName, String ordererWorkNumber, long contractAmount,
                                                        long guaranteeAmount) {
        Map<String, Object> work = new HashMap<>();
        work.put("name", workName);
        work.put("ordererWorkNumber", ordererWorkNumber);
        work.put("ordererId", OMITAMA);
        work.put("workType", "CIVIL_BUILDING");
        work.put("contractAmount", contractAmount);
        work.put("periodFrom", "2026-12-01");
        work.put("periodTo", "2028-03-17");
        work.put("contractDate", "2026-11-20");
        work.put("electronicPermitted", true);
        work.put("advancePaymentPlanned", true); // a 契約保証 without a 前払金保証 in the same application
        Map<String, Object> line = electronicLine("CONTRACT", guaranteeAmount);
        Map<String, Object> information = new HashMap<>();
        information.put("branchCode", "10101");
        information.put("completionMailWanted", false);
        return Map.of("work", work, "lines", new java.util.ArrayList<>(List.of(line)), "information", information);
    }

    /** An electronic line, premium paid in bulk (一括納付) by contractor1, no paper statement. */
    private static Map<String, Object> electronicLine(String productType, long guaranteeAmount) {
        Map<String, Object> line = new HashMap<>();
        line.put("productType", productType);
        line.put("format", "ELECTRONIC");
        line.put("guaranteeAmount", guaranteeAmount);
        line.put("premiumPaymentMethod", "BULK");
        line.put("premiumPayer", "株式会社 小美玉建設");
        line.put("paperStatementWanted", false);
        return line;
    }
}
