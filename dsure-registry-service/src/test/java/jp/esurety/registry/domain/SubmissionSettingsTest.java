package jp.esurety.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionSettingsTest {

    @Test
    void subjectTemplateFillsTheWorkNumberAndName() {
        SubmissionSettings s = new SubmissionSettings("keiyaku@city.omitama.example.jp", "【電子保証】{工事番号} {工事名}", true);
        assertThat(s.problems()).isEmpty();
        assertThat(s.subjectFor("令和8年度 第123号", "市道改良工事")).isEqualTo("【電子保証】令和8年度 第123号 市道改良工事");
    }

    @Test
    void onlyTheTwoPlaceholdersAreAllowed() {
        assertThat(new SubmissionSettings(null, "【電子保証】{契約者}", false).problems())
                .extracting(p -> p[0]).containsExactly("subjectTemplate");
    }

    @Test
    void submissionAddressMustBeAMailAddress() {
        assertThat(new SubmissionSettings("not-an-address", null, false).problems())
                .extracting(p -> p[0]).containsExactly("submissionAddress");
    }
}
