package jp.esurety.application.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document a contractor may send with an application (書類送信): PDF, JPEG and PNG, each known by its
 * media type and by the first bytes of its content (magic number).
 */
public enum DocumentType {
    PDF("application/pdf", "pdf", "PDF", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", "JPEG画像", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", "PNG画像", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final String label;
    private final String extension;
    private final byte[] magic;

    DocumentType(String mediaType, String extension, String label, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** What a user calls it (PDF, JPEG画像, PNG画像). */
    public String label() {
        return label;
    }

    /** The accepted type whose first bytes the content has, if any. */
    public static Optional<DocumentType> ofContent(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.startsLikeThis(content)).findFirst();
    }

    /** The type a client declared ({@code image/png; charset=…} and any letter case included), if it is accepted. */
    public static Optional<DocumentType> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String essence = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(essence)).findFirst();
    }

    /** Whether the content starts as this type's files do. */
    private boolean startsLikeThis(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
