package jp.esurety.notification.domain;

/**
 * A bank account as printed on funds documents: bank and branch code with their names (names may be unknown, as for
 * a payee), 預金種目, number and holder in half-width katakana.
 */
public record BankAccount(String bankCode, String bankName, String branchCode, String branchName,
                          String accountType, String accountNumber, String holderKana) {

    /** 預金種目 as printed: ORDINARY 普通, CURRENT 当座. */
    public String accountTypeLabel() {
        return switch (accountType) {
            case "ORDINARY" -> "普通";
            case "CURRENT" -> "当座";
            default -> accountType;
        };
    }

    /** 金融機関 line, e.g. 常陽銀行（0131）, or only the code when the name is unknown. */
    public String bankLine() {
        return named(bankName, bankCode, "金融機関コード ");
    }

    /** 支店 line, e.g. 小美玉支店（201）. */
    public String branchLine() {
        return named(branchName, branchCode, "支店コード ");
    }

    private static String named(String name, String code, String codeOnly) {
        return name == null || name.isBlank() ? codeOnly + code : name + "（" + code + "）";
    }
}
