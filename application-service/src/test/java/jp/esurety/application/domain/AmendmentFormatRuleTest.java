package jp.esurety.application.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule 3 (FAQ Q5): a change keeps the contract's format. */
class AmendmentFormatRuleTest {

    @Test
    void rule3ChangeOfAnElectronicContractIsElectronic() {
        assertThat(AmendmentFormatRule.violation(CertificateFormat.ELECTRONIC, CertificateFormat.ELECTRONIC)).isEmpty();
        assertThat(AmendmentFormatRule.violation(CertificateFormat.ELECTRONIC, null)).isEmpty();
        assertThat(AmendmentFormatRule.violation(CertificateFormat.ELECTRONIC, CertificateFormat.PAPER))
                .hasValue("電子保証の保証契約の変更は電子保証で申し込んでください。");
    }

    @Test
    void rule3ChangeOfAPaperContractIsPaper() {
        assertThat(AmendmentFormatRule.violation(CertificateFormat.PAPER, CertificateFormat.ELECTRONIC))
                .hasValue("証書(紙)の保証契約の変更は証書(紙)で申し込んでください。");
    }

    @Test
    void contractNumbersAreAcceptedWithOrWithoutTheHyphen() {
        assertThat(ContractNumbers.normalise("10101-000001")).hasValue("10101-000001");
        assertThat(ContractNumbers.normalise("10101000001")).hasValue("10101-000001");
        assertThat(ContractNumbers.normalise("１０１０１－０００００１")).hasValue("10101-000001");
        assertThat(ContractNumbers.normalise("1010-000001")).isEmpty();
        assertThat(ContractNumbers.normalise(null)).isEmpty();
    }
}
