package jp.esurety.notification.documents;

import jp.esurety.notification.domain.KeyNoticeDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class KeyNoticePdfTest {

    private final KeyNoticePdf renderer = new KeyNoticePdf(new JapaneseFont());

    @Test
    void keyNoticeCarriesTheSeedsWordingTheNumberAndTheKeyInAnEmbeddedJapaneseFont() throws Exception {
        byte[] pdf = renderer.render(new KeyNoticeDocument(LocalDate.of(2026, 11, 23), "小美玉市道1-2345号線道路改良工事",
                "株式会社 小美玉建設", "前払金保証", "10101-000001", "Z28YUE4J3Bux", "東日本建設業保証株式会社", "茨城支店"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("電子保証にかかる「認証キー」のお知らせ", "令和8年11月23日",
                    "小美玉市道1-2345号線道路改良工事", "株式会社 小美玉建設", "前払金保証", "10101-000001",
                    "Z28YUE4J3Bux", "【発注者様へのお願い】", "保証確認サービス (D-Sure)");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("電子保証にかかる「認証キー」のお知らせ");
        }
        assertThat(pdf.length).as("subset-embedded font keeps the PDF small").isLessThan(120_000);
    }
}
