package jp.esurety.issuance.domain;

/**
 * When the premium of an approved line counts as settled: 一括納付 (the monthly lump sum of a contractor registered
 * for it) at once; every other method only when staff record the payment.
 */
public final class PremiumSettlement {

    public static final String BULK = "BULK";

    private PremiumSettlement() {
    }

    public static boolean settledAtApproval(String paymentMethod, boolean contractorRegisteredForBulk) {
        return BULK.equals(paymentMethod) && contractorRegisteredForBulk;
    }
}
