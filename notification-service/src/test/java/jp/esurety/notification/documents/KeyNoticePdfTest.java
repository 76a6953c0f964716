package jp.esurety.notification.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jp.esurety.notification.domain.KeyNoticeDocument;
import jp.esurety.notification.domain.RegistryLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key notice as seed 000 shows it, in an embedded Japanese font, with document information and a QR code that
 * opens the registry's lookup page. Page 1 is kept as {@code target/test-artifacts/key-notice-page1.png}.
 */
class KeyNoticePdfTest {

    static final Path ARTIFACTS = Path.of("target", "test-artifacts");
    static final String LOOKUP = RegistryLookup.url("https://dsure.esurety.example.jp/lookup", "10101-000001");

    private final KeyNoticePdf renderer = new KeyNoticePdf(new JapaneseFont());

    private byte[] sample() {
        return renderer.render(new KeyNoticeDocument(LocalDate.of(2026, 11, 23), "小美玉市道1-2345号線道路改良工事",
                "株式会社 小美玉建設", "前払金保証", "10101-000001", "Z28YUE4J3Bux", "東日本建設業保証株式会社", "茨城支店",
                LOOKUP, Instant.parse("2026-11-23T01:00:05Z")));
    }

    @Test
    void keyNoticeCarriesTheSeedsWordingTheNumberAndTheKeyInAnEmbeddedJapaneseFont() throws Exception {
        byte[] pdf = sample();
        Files.createDirectories(ARTIFACTS);
        Files.write(ARTIFACTS.resolve("key-notice-sample.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("電子保証にかかる「認証キー」のお知らせ", "令和8年11月23日",
                    "①電子契約システムへのアップロード", "②電子メールに添付して送信", "記", "小美玉市道1-2345号線道路改良工事", "株式会社 小美玉建設", "前払金保証", "10101-000001",
                    "Z28YUE4J3Bux", "【発注者様へのお願い】", "保証確認サービス (D-Sure)", "東日本建設業保証株式会社");
            assertThat(text.replaceAll("\\s", "")).as("paragraphs wrap anywhere").contains(
                    "前払金請求手続(前払金保証)、又は請負契約締結手続(契約保証)が完了いたします。");
            assertThat(text).as("the system tests' pattern").containsPattern("認[ 　]*証[ 　]*キ[ 　]*ー[\\s　]*:[\\s　]*Z28YUE4J3Bux");
            for (PDFont font : fonts(document)) {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("subset-embedded").matches("[A-Z]{6}\\+.*");
            }
        }
        assertThat(pdf.length).as("subset-embedded font keeps the PDF small").isLessThan(120_000);
    }

    @Test
    void keyNoticeHasTitleAuthorAndCreationDate() throws Exception {
        try (PDDocument document = Loader.loadPDF(sample())) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("電子保証にかかる「認証キー」のお知らせ");
            assertThat(info.getAuthor()).isEqualTo("東日本建設業保証株式会社");
            assertThat(info.getSubject()).contains("10101-000001").doesNotContain("Z28YUE4J3Bux");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-11-23T01:00:05Z"));
            assertThat(info.getCreationDate().getTimeZone().getRawOffset()).as("shown in Japan time")
                    .isEqualTo(9 * 3600 * 1000);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja-JP");
        }
    }

    @Test
    void qrCodeOpensTheRegistryLookupWithTheContractNumberButNeverTheKey() throws Exception {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(sample())) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
        }
        Files.createDirectories(ARTIFACTS);
        ImageIO.write(page, "png", ARTIFACTS.resolve("key-notice-page1.png").toFile());

        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(page)))).getText();

        assertThat(decoded).isEqualTo("https://dsure.esurety.example.jp/lookup?contractNumber=10101-000001")
                .doesNotContain("Z28YUE4J3Bux");
    }

    private static List<PDFont> fonts(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (var name : document.getPage(0).getResources().getFontNames()) {
            fonts.add(document.getPage(0).getResources().getFont(name));
        }
        assertThat(fonts).isNotEmpty();
        return fonts;
    }
}
