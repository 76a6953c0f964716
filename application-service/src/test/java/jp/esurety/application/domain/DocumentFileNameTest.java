package jp.esurety.application.domain;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFileNameTest {

    @Test
    void aJapaneseNameIsKeptAsItIs() {
        assertThat(DocumentFileName.of("令和8年度 見積書(第2版).pdf", DocumentType.PDF)).isEqualTo("令和8年度 見積書(第2版).pdf");
    }

    @Test
    void theFolderPartOfWindowsAndUnixPathsIsDropped() {
        assertThat(DocumentFileName.of("C:\\Users\\yamada\\書類\\見積書.pdf", DocumentType.PDF)).isEqualTo("見積書.pdf");
        assertThat(DocumentFileName.of("../../etc/passwd.png", DocumentType.PNG)).isEqualTo("passwd.png");
    }

    @Test
    void controlAndInvisibleFormattingCharactersAreRemoved() {
        assertThat(DocumentFileName.of("見積\u0000書\r\n.pdf", DocumentType.PDF)).isEqualTo("見積書.pdf");
        assertThat(DocumentFileName.of("請求書\u202Efdp.exe", DocumentType.PDF)).isEqualTo("請求書fdp.exe");
        assertThat(DocumentFileName.of("図面\u200B.png", DocumentType.PNG)).isEqualTo("図面.png");
    }

    @Test
    void aNameSentFromAMacEqualsTheSameNameTypedOnWindows() {
        String decomposed = Normalizer.normalize("ガス工事.pdf", Normalizer.Form.NFD);
        assertThat(DocumentFileName.of(decomposed, DocumentType.PDF)).isEqualTo("ガス工事.pdf");
    }

    @Test
    void aLongNameIsCutToTwoHundredCharactersKeepingItsExtension() {
        String name = DocumentFileName.of("工".repeat(300) + ".pdf", DocumentType.PDF);
        assertThat(name.codePointCount(0, name.length())).isEqualTo(DocumentFileName.MAX_LENGTH);
        assertThat(name).endsWith("工.pdf");
        String supplementary = DocumentFileName.of("𠮷".repeat(250) + ".jpg", DocumentType.JPEG);
        assertThat(supplementary.codePointCount(0, supplementary.length())).isEqualTo(DocumentFileName.MAX_LENGTH);
        assertThat(supplementary).endsWith("𠮷.jpg");
    }

    @Test
    void anEmptyOrDotOnlyNameBecomesAGenericOne() {
        assertThat(DocumentFileName.of(null, DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(DocumentFileName.of("  ", DocumentType.JPEG)).isEqualTo("document.jpg");
        assertThat(DocumentFileName.of("dir/..", DocumentType.PNG)).isEqualTo("document.png");
    }
}
