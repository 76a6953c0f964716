package jp.esurety.application.domain;

/** 保証証書の形式: 証書(紙) or 電子保証(認証キーを含む), chosen per product line. */
public enum CertificateFormat {
    PAPER,
    ELECTRONIC
}
