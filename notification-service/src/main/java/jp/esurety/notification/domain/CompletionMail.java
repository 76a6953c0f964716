package jp.esurety.notification.domain;

/**
 * 電子保証（認証キー）発行完了のお知らせ: tells the contractor the certificate is on D-Sure and where to download
 * the key notice. The key itself never travels by mail.
 */
public record CompletionMail(String subject, String body) {

    public static final String SUBJECT = "電子保証（認証キー）発行完了のお知らせ";

    public static CompletionMail compose(String contractorName, String workName, String productName,
                                         String contractNumber, String issuerName, String branchName) {
        String body = """
                %s 御中

                いつも%sをご利用いただき、ありがとうございます。
                下記の保証契約について、電子証書を「保証確認サービス (D-Sure)」に掲載しました。

                　工事名　　　：%s
                　商品　　　　：%s
                　保証契約番号：%s

                Net Desk にログインし、次の手順で「電子保証にかかる「認証キー」のお知らせ」(PDF) を
                ダウンロードのうえ、発注者様にご提出ください。
                　① 保証契約一覧 → ② 電子保証（認証キー）タブ → ③ 詳細 → ④ 保証契約内容の確認
                　→ ⑤ 「認証キー」のお知らせ (PDF) のダウンロード

                発注者様への「保証契約番号」と「認証キー」のご提出をもって、前払金請求手続（前払金保証）
                又は請負契約締結手続（契約保証）が完了いたします。
                ※ 認証キーはセキュリティのため、このメールには記載しておりません。

                ご不明な点がございましたら、%s までお問い合わせください。

                %s
                """.formatted(contractorName, issuerName, workName, productName, contractNumber,
                branchName == null ? "当社の営業部・支店" : branchName, issuerName);
        return new CompletionMail(SUBJECT, body);
    }
}
