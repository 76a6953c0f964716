package jp.esurety.application.domain;

/** The surety products a line of an application can ask for (DOMAIN.md glossary). */
public enum ProductType {
    /** 前払金保証 */
    ADVANCE_PAYMENT("前払金保証"),
    /** 中間前払金保証 */
    INTERIM_ADVANCE_PAYMENT("中間前払金保証"),
    /** 契約保証 */
    CONTRACT("契約保証"),
    /** 契約保証予約 (入札ボンド) */
    BID_BOND("契約保証予約");

    private final String label;

    ProductType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
