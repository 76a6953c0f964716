package jp.esurety.notification.domain;

/**
 * Every kind of mail this service sends; each has one Qute template pair {@code templates/mail/<template>.txt}
 * (subject fragment + plain text) and {@code .html}.
 */
public enum MessageType {
    /** 電子保証（認証キー）発行完了のお知らせ — the certificate is on D-Sure. */
    COMPLETION_MAIL("completion"),
    /** 電子保証（変更）発行完了のお知らせ — an amended version is on D-Sure. */
    AMENDMENT_REGISTERED("amendment-registered"),
    /** 保証申込の差戻しのお知らせ. */
    APPLICATION_RETURNED("application-returned"),
    /** 保証申込の否決のお知らせ. */
    APPLICATION_REJECTED("application-rejected"),
    /** 保証料計算書発行のお知らせ. */
    PREMIUM_STATEMENT("premium-statement"),
    /** The key notice PDF sent to the orderer's submission address on the contractor's request. */
    KEY_NOTICE_SUBMISSION("key-notice-submission");

    private final String template;

    MessageType(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
