package jp.esurety.application.domain;

/** What an application asks for: a new guarantee, a change of one (変更申込) or a bid bond (契約保証予約申込). */
public enum ApplicationKind {
    NEW,
    AMENDMENT,
    BID_BOND
}
