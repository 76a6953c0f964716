package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.application.domain.DocumentType;
import jp.esurety.platform.problem.ProblemException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * A document is what its declared type says (書類送信): its first bytes are that type's, and it really reads as one —
 * a PDF parses (PDFBox), an image's header decodes (ImageIO) — so a renamed or damaged file never reaches the surety.
 */
@ApplicationScoped
public class DocumentContentCheck {

    static final String RULE = "document-content";
    private static final String FIELD = "file";

    public void check(DocumentType declared, byte[] content) {
        DocumentType actual = DocumentType.ofContent(content).orElse(null);
        if (actual != declared) {
            throw violated("ファイルの内容が" + declared.label() + "ではありません"
                    + (actual == null ? "" : "(" + actual.label() + "の内容です)")
                    + "。ファイルの種類をご確認ください。");
        }
        if (declared == DocumentType.PDF) {
            readPdf(content);
        } else {
            readImageHeader(declared, content);
        }
    }

    private static void readPdf(byte[] content) {
        int pages;
        try (PDDocument pdf = Loader.loadPDF(content)) {
            pages = pdf.getNumberOfPages();
        } catch (InvalidPasswordException e) {
            throw violated("パスワードで保護されたPDFは送信できません。保護を解除してから送信してください。");
        } catch (IOException | RuntimeException e) {
            throw violated("PDFファイルを読み取れません。ファイルが壊れていないかご確認ください。");
        }
        if (pages < 1) {
            throw violated("ページのないPDFは送信できません。");
        }
    }

    /** Width and height come from the header, so a broken or disguised image fails without decoding its pixels. */
    private static void readImageHeader(DocumentType type, byte[] content) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + type.mediaType());
        }
        ImageReader reader = readers.next();
        boolean readable;
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            readable = reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
        } catch (IOException | RuntimeException e) {
            readable = false;
        } finally {
            reader.dispose();
        }
        if (!readable) {
            throw violated(type.label() + "を読み取れません。ファイルが壊れていないかご確認ください。");
        }
    }

    private static ProblemException violated(String message) {
        return ProblemException.ruleViolated(RULE, FIELD, message);
    }
}
