package jp.esurety.application.domain;

/** 保証証書受取: how a paper certificate reaches the contractor. */
public enum CertificateReceipt {
    /** 窓口 */
    WINDOW,
    /** 郵送 */
    POST
}
