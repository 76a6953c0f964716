package jp.esurety.notification.documents;

import com.google.zxing.common.BitMatrix;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * A small A4 text layout on PDFBox with the embedded Japanese font: lines, wrapped paragraphs, centred titles,
 * table rows and rules, a QR code drawn as vector squares; text that reaches the bottom margin continues on a new
 * page. Made for archiving as PDF/A-2B: document information (title, author, subject,
 * dates, creator, producer) and the same facts as XMP metadata with the PDF/A identification, the font embedded (as
 * a subset), and an sRGB output intent (the JDK's sRGB ICC profile) for the colours used.
 */
final class PdfWriter implements AutoCloseable {

    static final float MARGIN = 56;
    static final String CREATOR = "e-Surety notification-service";
    static final String PRODUCER = "Apache PDFBox";
    static final String LANGUAGE = "ja-JP";
    static final String SRGB = "sRGB IEC61966-2.1";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** The JDK's sRGB profile (ICC v2, display class), as PDF/A's output intent. */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream content;
    private final float width;
    private float y;

    PdfWriter(TrueTypeFont ttf, Metadata metadata) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        // PDF dates have whole seconds; the XMP dates must say the same
        ZonedDateTime created = metadata.created().truncatedTo(ChronoUnit.SECONDS).atZone(TOKYO);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(GregorianCalendar.from(created));
        info.setModificationDate(GregorianCalendar.from(created));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(PdfArchiveMetadata.xmp(metadata.title(), metadata.author(), metadata.subject(),
                LANGUAGE, created.toOffsetDateTime(), CREATOR, PRODUCER).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(xmp);
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        font = PDType0Font.load(document, ttf, true);
        content = new PDPageContentStream(document, page);
        width = page.getMediaBox().getWidth();
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    /** Document information of a PDF. */
    record Metadata(String title, String author, String subject, Instant created) {
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

    /** A label and its value on one line, the value (after a colon) starting at a fixed column. */
    PdfWriter field(float indent, String label, float valueColumn, String value, float size) throws IOException {
        room();
        float line = y;
        at(MARGIN + indent, label, size);
        y = line;
        return at(MARGIN + valueColumn, ":  " + value, size);
    }

    /**
     * A table row: {@code label} at {@code indent}, then each value right-aligned so that it ends at its column's
     * right edge (points from the left margin).
     */
    PdfWriter row(float indent, String label, float[] rightEdges, float size, String... values) throws IOException {
        room();
        float line = y;
        at(MARGIN + indent, label, size);
        for (int i = 0; i < values.length; i++) {
            y = line;
            at(MARGIN + rightEdges[i] - textWidth(values[i], size), values[i], size);
        }
        return this;
    }

    /** A thin horizontal line across the text width, just above the next line of text. */
    PdfWriter rule() throws IOException {
        room();
        float at = y + 10;
        content.setStrokingColor(0f, 0f, 0f);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, at);
        content.lineTo(width - MARGIN, at);
        content.stroke();
        y -= 4;
        return this;
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

    /** A QR code (with its quiet zone) of {@code size} points at the left margin, captions to its right. */
    PdfWriter qr(BitMatrix matrix, float size, float captionSize, String... captions) throws IOException {
        float module = size / matrix.getWidth();
        float top = y;
        float bottom = top - size;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    content.addRect(MARGIN + col * module, top - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
        y = top - size / 2 + captions.length * captionSize * 0.8f;
        for (String caption : captions) {
            indented(size + 12, caption, captionSize);
        }
        y = bottom - 6;
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
        room();
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        y -= size * 1.6f;
        return this;
    }

    /** Text that would run into the bottom margin continues at the top of a new page. */
    private void room() throws IOException {
        if (y >= MARGIN) {
            return;
        }
        content.close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
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
