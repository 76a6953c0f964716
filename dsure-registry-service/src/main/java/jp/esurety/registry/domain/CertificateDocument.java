package jp.esurety.registry.domain;

import java.util.List;

/**
 * A certificate laid out as the 保証契約内容の確認画面 shows it (and the PDF prints it): everything already formatted
 * (和暦 dates, yen with separators), so the page and the PDF cannot disagree.
 *
 * @param title         保証証書（前払金保証）
 * @param amendmentMark 変更（第1回） for amended versions, else empty
 * @param issuedOn      電子保証発行日 in 和暦
 * @param rows          the table, label → value, in the seed's order
 * @param statusBanner  解約 / 保証期限経過 notice, or empty
 */
public record CertificateDocument(String contractNumber, int version, String title, String amendmentMark,
                                  String issuedOn, List<Row> rows, String undertaking, String issuerName,
                                  String statusBanner, Summary summary, String verificationMethod,
                                  String proofValue, String proofCreated) {

    public static final String PREAMBLE_1 =
            "この画面は保証サービス利用規約に基づき、お客様に代わり、発注者に対して保証証書を発行して表示しています。";
    public static final String PREAMBLE_2 = "ご覧になっているお画面の情報は、発注者に提出した保証証書と同一です。";
    public static final String NOTE_1 = "（注）1. 保証契約を変更する場合は、表題の下に変更の表示と変更の回数を付記し、変更後の契約内容を表示します。";
    public static final String NOTE_2 = "2. 請負金額のみの変更の場合は、この保証契約の効力に影響を及ぼさないので、保証契約の変更の手続きを必要としません。";

    public record Row(String label, String value) {
    }

    /** The summary row of the lookup result: 保証契約番号 | 保証契約内容 | 保証金額 | 保証期間 | 保証会社. */
    public record Summary(String contractNumber, String content, String amount, String period, String issuerName) {
    }

    public String preamble1() {
        return PREAMBLE_1;
    }

    public String preamble2() {
        return PREAMBLE_2;
    }

    public String note1() {
        return NOTE_1;
    }

    public String note2() {
        return NOTE_2;
    }

    public boolean amended() {
        return !amendmentMark.isEmpty();
    }

    public boolean hasBanner() {
        return !statusBanner.isEmpty();
    }
}
