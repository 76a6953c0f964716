package jp.esurety.issuance.domain.funds;

/**
 * 使途 (permitted use) of the advance payment in a 前払金使途内訳明細書. {@link #UNDECIDED} (未定) may be planned and
 * fixed later with a 使途変更, but nothing can be withdrawn against it.
 */
public enum FundsCategory {
    MATERIALS("材料費"),
    LABOUR("労務費"),
    EQUIPMENT_RENTAL("機械器具賃借料"),
    POWER("動力費"),
    FREIGHT("支払運賃"),
    REPAIRS("修繕費"),
    TEMPORARY_WORKS("仮設費"),
    WORKERS_COMPENSATION_INSURANCE("労災保険料"),
    GUARANTEE_PREMIUM("保証料"),
    UNDECIDED("未定");

    private final String label;

    FundsCategory(String label) {
        this.label = label;
    }

    /** The Japanese name shown on forms. */
    public String label() {
        return label;
    }

    public boolean withdrawable() {
        return this != UNDECIDED;
    }
}
