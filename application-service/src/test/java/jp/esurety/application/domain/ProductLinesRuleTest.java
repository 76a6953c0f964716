package jp.esurety.application.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules 2 and 5: one contract per product line; 契約保証 and 契約保証予約 are special terms of 前払金保証. */
class ProductLinesRuleTest {

    @Test
    void rule2EachProductAtMostOncePerApplication() {
        assertThat(ProductLinesRule.violations(ApplicationKind.NEW,
                List.of(ProductType.ADVANCE_PAYMENT, ProductType.CONTRACT), false)).isEmpty();
        assertThat(ProductLinesRule.violations(ApplicationKind.NEW,
                List.of(ProductType.ADVANCE_PAYMENT, ProductType.ADVANCE_PAYMENT), false))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("lines[1].productType");
                    assertThat(v.message()).isEqualTo("前払金保証は1つの申込に1件までです。");
                });
    }

    @Test
    void rule2BidBondIsItsOwnApplication() {
        assertThat(ProductLinesRule.violations(ApplicationKind.NEW, List.of(ProductType.BID_BOND), true))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("契約保証予約申込"));
        assertThat(ProductLinesRule.violations(ApplicationKind.BID_BOND, List.of(ProductType.BID_BOND), true)).isEmpty();
        assertThat(ProductLinesRule.violations(ApplicationKind.BID_BOND, List.of(ProductType.ADVANCE_PAYMENT), true))
                .hasSize(1);
    }

    @Test
    void rule5ContractGuaranteeOnlyWithAnAdvancePayment() {
        assertThat(ProductLinesRule.violations(ApplicationKind.NEW, List.of(ProductType.CONTRACT), false))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("前払金保証の特約"));
        assertThat(ProductLinesRule.violations(ApplicationKind.NEW, List.of(ProductType.CONTRACT), true)).isEmpty();
    }

    @Test
    void rule5BidBondOnlyWithAPlannedAdvancePayment() {
        assertThat(ProductLinesRule.violations(ApplicationKind.BID_BOND, List.of(ProductType.BID_BOND), false))
                .singleElement().satisfies(v -> assertThat(v.message()).startsWith("契約保証予約は前払金保証の特約"));
    }
}
