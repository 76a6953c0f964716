package jp.esurety.application.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypeTest {

    @Test
    void onlyPdfJpegAndPngAreAcceptedWhateverTheLetterCaseOrParameters() {
        assertThat(DocumentType.declared("application/pdf")).contains(DocumentType.PDF);
        assertThat(DocumentType.declared("Image/JPEG")).contains(DocumentType.JPEG);
        assertThat(DocumentType.declared("image/png; name=図面.png")).contains(DocumentType.PNG);
        assertThat(DocumentType.declared("image/gif")).isEmpty();
        assertThat(DocumentType.declared("application/octet-stream")).isEmpty();
        assertThat(DocumentType.declared(null)).isEmpty();
    }

    @Test
    void theContentIsKnownByItsFirstBytes() {
        assertThat(DocumentType.ofContent("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(DocumentType.PDF);
        assertThat(DocumentType.ofContent(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(DocumentType.JPEG);
        assertThat(DocumentType.ofContent(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .contains(DocumentType.PNG);
        assertThat(DocumentType.ofContent("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentType.ofContent(new byte[] {'%', 'P'})).isEmpty();
    }
}
