package jp.esurety.notification.domain;

import java.util.Map;

/** 商品 (保証区分) names printed on documents. */
public final class ProductNames {

    private static final Map<String, String> NAMES = Map.of(
            "ADVANCE_PAYMENT", "前払金保証",
            "INTERIM_ADVANCE_PAYMENT", "中間前払金保証",
            "CONTRACT", "契約保証",
            "BID_BOND", "契約保証予約");

    private ProductNames() {
    }

    public static String of(String productType) {
        return productType == null ? "" : NAMES.getOrDefault(productType, productType);
    }
}
