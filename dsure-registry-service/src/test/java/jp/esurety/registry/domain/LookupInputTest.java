package jp.esurety.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Orderer input is NFKC-normalised (full-width → half-width) and trimmed; the key stays case-sensitive. */
class LookupInputTest {

    @Test
    void fullWidthInputWithSpacesIsNormalised() {
        assertThat(LookupInput.normalise(" １０１０１－０００００１ ", "　Ｚ２８ＹＵＥ４Ｊ３Ｂｕｘ　"))
                .contains(new LookupInput("10101-000001", "Z28YUE4J3Bux"));
    }

    @Test
    void contractNumberWithoutHyphenIsAccepted() {
        assertThat(LookupInput.normalise("10101000001", "Z28YUE4J3Bux"))
                .contains(new LookupInput("10101-000001", "Z28YUE4J3Bux"));
    }

    @Test
    void caseIsKept() {
        assertThat(LookupInput.normalise("10101-000001", "z28yue4j3bUX"))
                .contains(new LookupInput("10101-000001", "z28yue4j3bUX"));
    }

    @Test
    void malformedInputIsRefusedWithoutSayingWhichPart() {
        assertThat(LookupInput.normalise("10101-00001", "Z28YUE4J3Bux")).isEmpty();
        assertThat(LookupInput.normalise("10101-000001", "Z28YUE4J3Bu")).isEmpty();
        assertThat(LookupInput.normalise(null, null)).isEmpty();
    }

    @Test
    void printingTheInputHidesTheKey() {
        assertThat(new LookupInput("10101-000001", "Z28YUE4J3Bux").toString()).doesNotContain("Z28YUE4J3Bux");
    }
}
