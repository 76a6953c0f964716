package jp.esurety.issuance.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each automatic underwriting rule, alone. */
class AutoApprovalRuleTest {

    private static final AutoApprovalRule RULE = new AutoApprovalRule("10101", ProductType.ADVANCE_PAYMENT, true,
            100_000_000L, true, true);
    private static final AutoApprovalRule.LineFacts FINE = new AutoApprovalRule.LineFacts(ProductType.ADVANCE_PAYMENT,
            true, 20_000_000L, true, true);

    @Test
    void lineMeetingEveryConditionIsApprovedAutomatically() {
        assertThat(AutoApprovalRule.reasonsForReview(Optional.of(RULE), FINE)).isEmpty();
    }

    @Test
    void amountUpToTheMaximumIsApprovedAndAboveItIsReviewed() {
        assertThat(AutoApprovalRule.reasonsForReview(Optional.of(RULE), facts(100_000_000L, true, true, true))).isEmpty();
        assertThat(AutoApprovalRule.reasonsForReview(Optional.of(RULE), facts(100_000_001L, true, true, true)))
                .containsExactly(AutoApprovalRule.OVER_MAXIMUM);
    }

    @Test
    void unknownContractorIsReviewedWhenTheRuleRequiresAKnownOne() {
        assertThat(AutoApprovalRule.reasonsForReview(Optional.of(RULE), facts(1L, true, false, true)))
                .containsExactly(AutoApprovalRule.UNKNOWN_CONTRACTOR);
        AutoApprovalRule lenient = new AutoApprovalRule("10101", ProductType.ADVANCE_PAYMENT, true, 100L, false, true);
        assertThat(AutoApprovalRule.reasonsForReview(Optional.of(lenient), facts(1L, true, false, true))).isEmpty();
    }

    @Test
    void electronicLineForAWorkTheOrdererDoesNotAllowIsReviewed() {
        assertThat(AutoApprovalRule.reasonsForReview(Optional.of(RULE), facts(1L, true, true, false)))
                .containsExactly(AutoApprovalRule.ELECTRONIC_NOT_PERMITTED);
        assertThat(AutoApprovalRule.reasonsForReview(Optional.of(RULE), facts(1L, false, true, false)))
                .as("a paper line does not need the orderer's permission").isEmpty();
    }

    @Test
    void branchAndProductWithoutARuleAreReviewed() {
        assertThat(AutoApprovalRule.reasonsForReview(Optional.empty(), FINE)).containsExactly(AutoApprovalRule.NO_RULE);
    }

    @Test
    void disabledRuleSendsEveryLineToReview() {
        AutoApprovalRule off = new AutoApprovalRule("10101", ProductType.ADVANCE_PAYMENT, false, 100_000_000L, true, true);
        assertThat(AutoApprovalRule.reasonsForReview(Optional.of(off), FINE)).containsExactly(AutoApprovalRule.DISABLED);
    }

    @Test
    void everyFailedConditionIsGivenAsAReason() {
        assertThat(AutoApprovalRule.reasonsForReview(Optional.of(RULE), facts(200_000_000L, true, false, false)))
                .containsExactly(AutoApprovalRule.OVER_MAXIMUM, AutoApprovalRule.UNKNOWN_CONTRACTOR,
                        AutoApprovalRule.ELECTRONIC_NOT_PERMITTED);
    }

    private static AutoApprovalRule.LineFacts facts(long amount, boolean electronic, boolean known, boolean permitted) {
        return new AutoApprovalRule.LineFacts(ProductType.ADVANCE_PAYMENT, electronic, amount, known, permitted);
    }
}
