package jp.esurety.issuance.domain;

/** The surety products (DOMAIN.md glossary) with the names printed on certificates. */
public enum ProductType {
    ADVANCE_PAYMENT("前払金保証"),
    INTERIM_ADVANCE_PAYMENT("中間前払金保証"),
    CONTRACT("契約保証"),
    BID_BOND("契約保証予約");

    private final String label;

    ProductType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
