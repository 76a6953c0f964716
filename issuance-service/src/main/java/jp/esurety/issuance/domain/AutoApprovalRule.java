package jp.esurety.issuance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The automatic underwriting rule of one branch and product. A line is approved at once only when a rule exists, is
 * enabled and every condition holds; otherwise the reasons (shown to the underwriter) send it to the queue.
 */
public record AutoApprovalRule(String branchCode, ProductType productType, boolean enabled, long maxGuaranteeAmount,
                               boolean knownContractorRequired, boolean electronicPermissionRequired) {

    public static final String NO_RULE = "この支店・保証種類には自動承認ルールがありません";
    public static final String DISABLED = "この支店・保証種類の自動承認は停止中です";
    public static final String OVER_MAXIMUM = "保証金額が自動承認の上限を超えています";
    public static final String UNKNOWN_CONTRACTOR = "保証会社に登録されていないお客様です";
    public static final String ELECTRONIC_NOT_PERMITTED = "発注者が電子保証の利用を認めた工事ではありません";

    public AutoApprovalRule {
        if (maxGuaranteeAmount < 0) {
            throw new IllegalArgumentException("maximum guarantee amount must not be negative");
        }
    }

    /** What the rules look at in a submitted line. */
    public record LineFacts(ProductType productType, boolean electronic, long guaranteeAmount, boolean contractorKnown,
                            boolean electronicPermitted) {
    }

    /** Empty: approve automatically; otherwise why a person has to decide. */
    public static List<String> reasonsForReview(Optional<AutoApprovalRule> rule, LineFacts line) {
        if (rule.isEmpty()) {
            return List.of(NO_RULE);
        }
        AutoApprovalRule r = rule.get();
        if (!r.enabled()) {
            return List.of(DISABLED);
        }
        List<String> reasons = new ArrayList<>();
        if (line.guaranteeAmount() > r.maxGuaranteeAmount()) {
            reasons.add(OVER_MAXIMUM);
        }
        if (r.knownContractorRequired() && !line.contractorKnown()) {
            reasons.add(UNKNOWN_CONTRACTOR);
        }
        if (r.electronicPermissionRequired() && line.electronic() && !line.electronicPermitted()) {
            reasons.add(ELECTRONIC_NOT_PERMITTED);
        }
        return List.copyOf(reasons);
    }
}
