package jp.esurety.notification.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.notification.domain.JapaneseDates;
import jp.esurety.notification.domain.KeyNoticeDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders 電子保証にかかる「認証キー」のお知らせ with the wording of seed 000 and a QR code to the registry. */
@ApplicationScoped
public class KeyNoticePdf {

    static final String TITLE = "電子保証にかかる「認証キー」のお知らせ";
    private static final float QR_SIZE = 84;
    private static final float VALUES = 120;

    private final JapaneseFont font;

    public KeyNoticePdf(JapaneseFont font) {
        this.font = font;
    }

    public byte[] render(KeyNoticeDocument notice) {
        try {
            BitMatrix qr = qr(notice.lookupUrl());
            return font.use(ttf -> layout(notice, qr, ttf));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the key notice", e);
        }
    }

    private static byte[] layout(KeyNoticeDocument notice, BitMatrix qr, org.apache.fontbox.ttf.TrueTypeFont ttf)
            throws IOException {
        PdfWriter.Metadata metadata = new PdfWriter.Metadata(TITLE, notice.issuerName(),
                "保証契約番号 " + notice.contractNumber(), notice.registeredAt());
        try (PdfWriter pdf = new PdfWriter(ttf, metadata)) {
            pdf.right(JapaneseDates.format(notice.date()), 10.5f)
                    .line(notice.contractorName() + " 御中", 11)
                    .right(notice.issuerName(), 10.5f);
            if (notice.branchName() != null) {
                pdf.right(notice.branchName(), 10.5f);
            }
            pdf.gap(12).centred(TITLE, 16).gap(10)
                    .paragraph("電子証書を「保証確認サービス (D-Sure)」に掲載しましたので、お知らせします。", 10.5f)
                    .paragraph("つきましては、お客様にて下記内容をご確認いただき、次のいずれかの方法でこのPDFファイルを"
                            + "発注者様にご提出ください。", 10.5f)
                    .indented(14, "①電子契約システムへのアップロード　又は　②電子メールに添付して送信", 10.5f)
                    .paragraph("電子保証のご利用にあたっては、発注者様への「保証契約番号」と「認証キー」のご提出をもって、"
                            + "前払金請求手続 (前払金保証)、又は請負契約締結手続 (契約保証) が完了いたします。", 10.5f)
                    .paragraph("ご不明な点がございましたら、当社の営業部・支店までお問い合わせください。", 10.5f)
                    .gap(8).centred("記", 11).gap(6)
                    .field(14, "工 事 名", VALUES, notice.workName(), 11)
                    .field(14, "受 注 者 名", VALUES, notice.contractorName(), 11)
                    .indented(14, "(JVの場合は代表者)", 9)
                    .field(14, "商品 (保証区分)", VALUES, notice.productName(), 11)
                    .field(14, "保証契約番号", VALUES, notice.contractNumber(), 11)
                    .field(14, "認 証 キ ー", VALUES, notice.authenticationKey(), 13)
                    .gap(12)
                    .line("【発注者様へのお願い】", 11)
                    .paragraph("「保証確認サービス (D-Sure)」にログインし、上記の「保証契約番号」と「認証キー」をもって"
                            + "電子証書をご覧ください。", 10.5f)
                    .paragraph("※ 発注者様への提出はこの「認証キー」のお知らせに限ります。保証証書の印刷物・画面の写しは、"
                            + "偽造防止のため提出書類として扱われません。", 9.5f)
                    .gap(8)
                    .qr(qr, QR_SIZE, 9, "D-Sure の照会画面を開きます（保証契約番号は入力済み）。",
                            "認証キーは QR コードに含まれません。上記の認証キーを入力してください。")
                    .gap(12)
                    .right(notice.issuerName(), 11);
            return pdf.finish();
        }
    }

    private static BitMatrix qr(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the lookup URL as a QR code", e);
        }
    }
}
