package jp.esurety.notification.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The orderer's mandated subject for submissions by mail. */
class SubmissionSubjectTest {

    private static final Map<String, String> FIELDS = Map.of("工事番号", "令和8年度 第123号",
            "工事名", "小美玉市道1-2345号線道路改良工事", "保証契約番号", "10101-000001", "受注者名", "株式会社 小美玉建設",
            "商品", "前払金保証");

    @Test
    void theOrderersTemplateIsFilledIn() {
        assertThat(SubmissionSubject.of("【請求関係書類】{保証契約番号} {受注者名}（{商品}）", FIELDS))
                .isEqualTo("【請求関係書類】10101-000001 株式会社 小美玉建設（前払金保証）");
    }

    @Test
    void anOrdererWithoutTemplateGetsTheDefault() {
        assertThat(SubmissionSubject.of(null, FIELDS))
                .isEqualTo("【電子保証】令和8年度 第123号 小美玉市道1-2345号線道路改良工事");
    }

    @Test
    void aMissingWorkNumberLeavesNoDoubleSpace() {
        assertThat(SubmissionSubject.of(null, Map.of("工事番号", "", "工事名", "工事A"))).isEqualTo("【電子保証】 工事A");
    }
}
