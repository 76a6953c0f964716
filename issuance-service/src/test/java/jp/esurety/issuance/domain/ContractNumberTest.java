package jp.esurety.issuance.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 保証契約番号: displayed NNNNN-NNNNNN; input with or without the hyphen, full- or half-width, is normalised. */
class ContractNumberTest {

    @Test
    void numberIsTheOfficeCodeAndASixDigitSerial() {
        assertThat(ContractNumber.of("10101", 42).value()).isEqualTo("10101-000042");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10101-000042", "10101000042", " 10101-000042 ", "１０１０１－００００４２", "１０１０１００００４２"})
    void inputIsNormalised(String input) {
        assertThat(ContractNumber.parse(input).value()).isEqualTo("10101-000042");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1010-000042", "10101-00042", "ABCDE-000042", "10101--000042"})
    void malformedInputIsRefused(String input) {
        assertThatThrownBy(() -> ContractNumber.parse(input)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serialOutsideSixDigitsIsRefused() {
        assertThatThrownBy(() -> ContractNumber.of("10101", 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
