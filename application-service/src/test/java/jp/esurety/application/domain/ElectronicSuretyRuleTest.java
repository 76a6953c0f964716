package jp.esurety.application.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule 1 (DOMAIN.md rule 7, ご利用条件): electronic needs an orderer that accepts it and a work it allows. */
class ElectronicSuretyRuleTest {

    static final LocalDate OMITAMA_FROM = LocalDate.of(2024, 8, 1);

    @Test
    void acceptingOrdererAndPermittedWorkAllowElectronic() {
        assertThat(ElectronicSuretyRule.violation(Optional.of(OMITAMA_FROM), LocalDate.of(2026, 11, 20), true)).isEmpty();
    }

    @Test
    void ordererWithoutElectronicSuretyRefusesIt() {
        assertThat(ElectronicSuretyRule.violation(Optional.empty(), LocalDate.of(2026, 11, 20), true))
                .hasValueSatisfying(reason -> assertThat(reason).contains("証書(紙)"));
    }

    @Test
    void contractBeforeTheOrdererStartedAcceptingIsRefused() {
        assertThat(ElectronicSuretyRule.violation(Optional.of(OMITAMA_FROM), LocalDate.of(2024, 7, 31), true))
                .hasValueSatisfying(reason -> assertThat(reason).contains("2024-08-01"));
    }

    @Test
    void workTheOrdererHasNotAllowedIsRefused() {
        assertThat(ElectronicSuretyRule.violation(Optional.of(OMITAMA_FROM), LocalDate.of(2026, 11, 20), false))
                .hasValueSatisfying(reason -> assertThat(reason).contains("認めた工事"));
    }

    @Test
    void ordererAllowingAllWorksNeedsNoMarkOnTheWork() {
        assertThat(ElectronicSuretyRule.violation(Optional.of(OMITAMA_FROM), Optional.of("ALL_WORKS"),
                LocalDate.of(2026, 11, 20), false)).isEmpty();
    }

    @Test
    void ordererAllowingOnlyMarkedWorksStillNeedsTheMark() {
        assertThat(ElectronicSuretyRule.violation(Optional.of(OMITAMA_FROM), Optional.of("MARKED_WORKS_ONLY"),
                LocalDate.of(2026, 11, 20), false)).hasValueSatisfying(reason -> assertThat(reason).contains("認めた工事"));
        assertThat(ElectronicSuretyRule.violation(Optional.of(OMITAMA_FROM), Optional.of("ALL_WORKS"),
                LocalDate.of(2024, 7, 31), true)).as("the from-date still applies").isPresent();
    }
}
