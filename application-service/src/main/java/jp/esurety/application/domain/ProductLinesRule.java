package jp.esurety.application.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rules 2 and 5. Rule 2: each product line becomes its own guarantee contract, so one application holds a product at
 * most once (formats may differ between the lines, FAQ Q6); a 契約保証予約 is its own application. Rule 5: 契約保証 and
 * 契約保証予約 are special terms of 前払金保証, only for works with an advance payment, applied for now or planned.
 */
public final class ProductLinesRule {

    private ProductLinesRule() {
    }

    public static List<FieldViolation> violations(ApplicationKind kind, List<ProductType> products,
                                                  boolean advancePaymentPlanned) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<ProductType> seen = EnumSet.noneOf(ProductType.class);
        boolean advanceApplied = products.contains(ProductType.ADVANCE_PAYMENT);
        for (int i = 0; i < products.size(); i++) {
            ProductType product = products.get(i);
            if (product == null) {
                continue;
            }
            String field = "lines[" + i + "].productType";
            if (!seen.add(product)) {
                violations.add(new FieldViolation(field, product.label() + "は1つの申込に1件までです。"));
            }
            if ((kind == ApplicationKind.BID_BOND) != (product == ProductType.BID_BOND)) {
                violations.add(new FieldViolation(field, kind == ApplicationKind.BID_BOND
                        ? "契約保証予約申込では契約保証予約のみ申し込めます。"
                        : "契約保証予約は契約保証予約申込(入札ボンド)から申し込んでください。"));
            }
            if ((product == ProductType.CONTRACT || product == ProductType.BID_BOND)
                    && !advanceApplied && !advancePaymentPlanned) {
                violations.add(new FieldViolation(field, product.label()
                        + "は前払金保証の特約です。前払金保証を同時に申し込むか、前払金の予定があることを選択してください。"));
            }
        }
        return violations;
    }
}
