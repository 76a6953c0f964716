package jp.esurety.notification.documents;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** BIZ UDGothic (SIL OFL 1.1), put on the class path by the build; embedded as a subset in every PDF. */
@ApplicationScoped
public class JapaneseFont {

    static final String RESOURCE = "fonts/BIZUDGothic-Regular.ttf";

    private final byte[] ttf;

    public JapaneseFont() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build fetches it (see src/main/fonts)");
            }
            this.ttf = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The TrueType bytes; PDFBox fonts are not thread-safe, so each document loads its own. */
    public byte[] bytes() {
        return ttf;
    }
}
