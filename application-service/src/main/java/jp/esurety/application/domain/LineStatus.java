package jp.esurety.application.domain;

/** 手続状況 of one product line (DOMAIN.md "States"). */
public enum LineStatus {
    DRAFT("作成中"),
    SUBMITTED("申込済"),
    UNDER_REVIEW("審査中"),
    RETURNED("差戻し"),
    REJECTED("否決"),
    APPROVED("承認済"),
    ISSUED("発行済"),
    REGISTERED("電子保証発行済"),
    WITHDRAWN("取下げ");

    private final String label;

    LineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Events can arrive late or twice: a line never moves back along the issuance path. */
    public boolean isBefore(LineStatus other) {
        return ordinal() < other.ordinal();
    }
}
