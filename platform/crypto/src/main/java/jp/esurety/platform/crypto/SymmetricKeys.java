package jp.esurety.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Raw 32-byte secrets — key-encryption keys for {@link SecretBox}, peppers for {@link PepperedDigest} — and their
 * file form: one line of standard base64. Files are written readable by their owner only (0600 on POSIX).
 */
public final class SymmetricKeys {

    /** Length of every secret this class makes and accepts: 256 bits. */
    public static final int LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SymmetricKeys() {
    }

    /** A fresh secret from {@link SecureRandom}. */
    public static byte[] generate() {
        byte[] key = new byte[LENGTH];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The secret of a base64 text (surrounding white space ignored), e.g. a value handed in by configuration. */
    public static byte[] parse(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secret is not base64", e);
        }
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("secret must be " + LENGTH + " bytes, was " + key.length);
        }
        return key;
    }

    /** The base64 text of a secret, as {@link #parse(String)} reads it. */
    public static String format(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("secret must be " + LENGTH + " bytes, was " + key.length);
        }
        return Base64.getEncoder().encodeToString(key);
    }

    /** {@link #parse(String)} of a file's text. */
    public static byte[] read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read secret file " + file, e);
        }
    }

    /** Writes {@link #format(byte[])} and a newline, owner-only, replacing any file atomically. */
    public static void write(Path file, byte[] key) {
        SecretFiles.writeOwnerOnly(file, format(key) + "\n");
    }
}
