package jp.esurety.application.domain;

/** What a 変更申込 changes. */
public enum ChangeType {
    /** 増額 */
    INCREASE,
    /** 減額 */
    DECREASE,
    /** 保証期限変更 */
    TERM_CHANGE
}
