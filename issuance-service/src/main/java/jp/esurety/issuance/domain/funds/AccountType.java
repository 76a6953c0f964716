package jp.esurety.issuance.domain.funds;

/** 預金種目 of a bank account, with its Zengin code. */
public enum AccountType {
    ORDINARY("普通", '1'),
    CURRENT("当座", '2');

    private final String label;
    private final char zenginCode;

    AccountType(String label, char zenginCode) {
        this.label = label;
        this.zenginCode = zenginCode;
    }

    public String label() {
        return label;
    }

    public char zenginCode() {
        return zenginCode;
    }
}
