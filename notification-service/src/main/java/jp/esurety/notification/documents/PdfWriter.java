package jp.esurety.notification.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A small A4 text layout on PDFBox with the embedded Japanese font: lines, wrapped paragraphs, centred titles. */
final class PdfWriter implements AutoCloseable {

    static final float MARGIN = 56;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final PDPageContentStream content;
    private final float width;
    private float y;

    PdfWriter(byte[] ttf, String title, String author) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor(author);
        font = PDType0Font.load(document, new ByteArrayInputStream(ttf));
        content = new PDPageContentStream(document, page);
        width = page.getMediaBox().getWidth();
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    PdfWriter right(String text, float size) throws IOException {
        return at(width - MARGIN - textWidth(text, size), text, size);
    }

    PdfWriter centred(String text, float size) throws IOException {
        return at((width - textWidth(text, size)) / 2, text, size);
    }

    PdfWriter line(String text, float size) throws IOException {
        return at(MARGIN, text, size);
    }

    PdfWriter indented(float indent, String text, float size) throws IOException {
        return at(MARGIN + indent, text, size);
    }

    /** Wraps at character boundaries, as Japanese text allows. */
    PdfWriter paragraph(String text, float size) throws IOException {
        for (String line : wrap(text, size, width - 2 * MARGIN)) {
            line(line, size);
        }
        return this;
    }

    PdfWriter gap(float points) {
        y -= points;
        return this;
    }

    byte[] finish() throws IOException {
        content.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private PdfWriter at(float x, String text, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        y -= size * 1.6f;
        return this;
    }

    private float textWidth(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = current + new String(Character.toChars(cp));
            if (textWidth(next, size) > maxWidth && !current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }
}
