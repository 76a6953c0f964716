package jp.esurety.application.domain;

import java.text.Normalizer;

/**
 * The file name a document is kept and offered for download under: the name the browser sent without any folder
 * part, control or invisible formatting characters (e.g. a right-to-left override that disguises {@code exe.pdf}),
 * at most {@value #MAX_LENGTH} characters with its extension kept; Japanese stays as it is (NFC, so a name sent from
 * a Mac matches the same name typed on Windows).
 */
public final class DocumentFileName {

    public static final int MAX_LENGTH = 200;
    private static final int MAX_EXTENSION = 10;

    private DocumentFileName() {
    }

    public static String of(String submitted, DocumentType type) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = visibleOnly(name).strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return "document." + type.extension();
        }
        return shortened(name);
    }

    private static String visibleOnly(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(DocumentFileName::visible).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean visible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** Cuts the base name, not the extension, so that a long name still opens with the right program. */
    private static String shortened(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
