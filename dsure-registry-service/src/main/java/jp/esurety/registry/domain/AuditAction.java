package jp.esurety.registry.domain;

/** What an audit entry records: the lookup with number + key, or a later open by the same orderer user. */
public enum AuditAction {
    /** 保証契約番号 + 認証キー entered (portal or verification API). */
    LOOKUP("照会"),
    /** The certificate page (current version) opened. */
    PAGE("証書の表示"),
    /** An earlier version opened from the version history. */
    HISTORY("履歴の版の表示"),
    /** The certificate downloaded as PDF. */
    PDF("PDFダウンロード");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
