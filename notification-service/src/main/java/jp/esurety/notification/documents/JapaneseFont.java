package jp.esurety.notification.documents;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * BIZ UDGothic (SIL OFL 1.1, licence in {@code src/main/fonts}), put on the class path by the build, parsed once and
 * embedded as a subset in every PDF. A parsed TrueType font is not thread-safe, so documents are rendered one at a
 * time through {@link #use(FontWork)} (a page renders in milliseconds).
 */
@ApplicationScoped
public class JapaneseFont {

    static final String RESOURCE = "fonts/BIZUDGothic-Regular.ttf";

    private final TrueTypeFont font;
    private final ReentrantLock lock = new ReentrantLock();

    public JapaneseFont() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build fetches it (see src/main/fonts)");
            }
            this.font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work that needs the parsed font. */
    @FunctionalInterface
    public interface FontWork<T> {
        T run(TrueTypeFont font) throws IOException;
    }

    /** Runs {@code work} with exclusive use of the parsed font. */
    public <T> T use(FontWork<T> work) throws IOException {
        lock.lock();
        try {
            return work.run(font);
        } finally {
            lock.unlock();
        }
    }
}
