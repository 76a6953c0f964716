package jp.esurety.issuance.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A certificate waits for the premium unless it is paid by 一括納付 of a contractor registered for it. */
class PremiumSettlementTest {

    @Test
    void bulkPaymentOfARegisteredContractorIsSettledAtOnce() {
        assertThat(PremiumSettlement.settledAtApproval("BULK", true)).isTrue();
    }

    @Test
    void bulkPaymentOfAnUnregisteredContractorWaitsForThePayment() {
        assertThat(PremiumSettlement.settledAtApproval("BULK", false)).isFalse();
    }

    @Test
    void otherPaymentMethodsWaitForThePayment() {
        assertThat(PremiumSettlement.settledAtApproval("TRANSFER", true)).isFalse();
        assertThat(PremiumSettlement.settledAtApproval(null, true)).isFalse();
    }

    @Test
    void pagingLineReadsLikeNetDesk() {
        assertThat(PageSummary.text(8, 1, 20)).isEqualTo("全1ページ(8件)中の1ページ目を表示しています");
        assertThat(PageSummary.text(41, 3, 20)).isEqualTo("全3ページ(41件)中の3ページ目を表示しています");
        assertThat(PageSummary.text(0, 1, 20)).isEqualTo("全1ページ(0件)中の1ページ目を表示しています");
    }
}
