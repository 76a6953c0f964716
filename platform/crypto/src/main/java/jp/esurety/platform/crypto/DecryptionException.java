package jp.esurety.platform.crypto;

/**
 * A sealed or boxed secret could not be opened: wrong key, wrong associated data, tampered or malformed input.
 * The causes are deliberately not told apart beyond the message, which never contains secret material.
 */
public final class DecryptionException extends RuntimeException {

    /** @param message what failed, never secret material */
    public DecryptionException(String message) {
        super(message);
    }

    /** @param message what failed, never secret material */
    public DecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
