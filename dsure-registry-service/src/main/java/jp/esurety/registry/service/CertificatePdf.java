package jp.esurety.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.registry.domain.CertificateDocument;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The certificate as a PDF (A4, same content and order as the 確認画面), BIZ UDGothic embedded as a subset, with the
 * signed credential attached as {@code <number>-v<version>.vc.json} so the signature can be verified later.
 */
@ApplicationScoped
public class CertificatePdf {

    static final String FONT = "fonts/BIZUDGothic-Regular.ttf";
    private static final float MARGIN = 56;

    private final ReentrantLock lock = new ReentrantLock();
    private TrueTypeFont font;

    public byte[] render(CertificateDocument doc, String signedCredentialJson) {
        lock.lock(); // a parsed TrueType font is not thread-safe
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            pdf.getDocumentInformation().setTitle(doc.title() + " " + doc.contractNumber());
            pdf.getDocumentInformation().setAuthor(doc.summary().issuerName());
            pdf.getDocumentInformation().setCreator("D-Sure 保証確認サービス");
            pdf.getDocumentInformation().setCreationDate(Calendar.getInstance());
            pdf.getDocumentCatalog().setLanguage("ja-JP");
            PDType0Font f = PDType0Font.load(pdf, font(), true);
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                y = text(out, f, 8, MARGIN, y, CertificateDocument.PREAMBLE_1);
                y = text(out, f, 8, MARGIN, y, CertificateDocument.PREAMBLE_2) - 6;
                if (doc.hasBanner()) {
                    y = text(out, f, 11, MARGIN, y, "【" + doc.statusBanner() + "】") - 4;
                }
                text(out, f, 10, width - MARGIN - f.getStringWidth(doc.issuedOn()) / 1000 * 10, y, doc.issuedOn());
                y -= 24;
                y = text(out, f, 16, (width - f.getStringWidth(doc.title()) / 1000 * 16) / 2, y, doc.title());
                if (doc.amended()) {
                    y = text(out, f, 11, (width - f.getStringWidth(doc.amendmentMark()) / 1000 * 11) / 2, y,
                            doc.amendmentMark());
                }
                y -= 10;
                for (CertificateDocument.Row row : doc.rows()) {
                    out.setLineWidth(0.5f);
                    out.addRect(MARGIN, y - 6, width - 2 * MARGIN, 20);
                    out.stroke();
                    text(out, f, 10, MARGIN + 6, y, row.label());
                    y = text(out, f, 10, MARGIN + 130, y, row.value()) - 6;
                }
                y -= 10;
                y = text(out, f, 10, MARGIN, y, doc.undertaking()) - 10;
                for (String line : doc.issuerName().split("\n")) {
                    y = text(out, f, 10, width / 2, y, line);
                }
                y -= 14;
                y = text(out, f, 7, MARGIN, y, CertificateDocument.NOTE_1);
                y = text(out, f, 7, MARGIN, y, CertificateDocument.NOTE_2) - 10;
                y = text(out, f, 7, MARGIN, y, "電子署名 (eddsa-jcs-2022): " + doc.verificationMethod());
                y = text(out, f, 7, MARGIN, y, "署名日時: " + doc.proofCreated());
                for (String chunk : chunks(doc.proofValue(), 100)) {
                    y = text(out, f, 7, MARGIN, y, chunk);
                }
                text(out, f, 7, MARGIN, y, "署名付きの電子証書（JSON）をこの PDF に添付しています。");
            }
            attach(pdf, doc.contractNumber() + "-v" + doc.version() + ".vc.json",
                    signedCredentialJson.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    private static float text(PDPageContentStream out, PDType0Font f, float size, float x, float y, String s)
            throws IOException {
        out.beginText();
        out.setFont(f, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
        return y - size * 1.6f;
    }

    private static List<String> chunks(String s, int n) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < s.length(); i += n) {
            out.add(s.substring(i, Math.min(s.length(), i + n)));
        }
        return out;
    }

    private static void attach(PDDocument pdf, String name, byte[] content) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(content));
        file.setSubtype("application/json");
        file.setSize(content.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(file);
        spec.setFileDescription("署名付き電子証書 (W3C Verifiable Credential, eddsa-jcs-2022)");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        pdf.getDocumentCatalog().setNames(names);
    }

    private TrueTypeFont font() throws IOException {
        if (font == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is missing: the build fetches it (see src/main/fonts)");
                }
                font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
        }
        return font;
    }
}
