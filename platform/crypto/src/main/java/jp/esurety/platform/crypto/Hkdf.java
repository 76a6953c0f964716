package jp.esurety.platform.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA256 (RFC 5869): extract a pseudorandom key from input keying material, expand it. */
final class Hkdf {

    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    /** HKDF-Extract with a non-empty {@code salt}, then HKDF-Expand to {@code length} bytes. */
    static byte[] deriveKey(byte[] salt, byte[] inputKeyingMaterial, byte[] info, int length) {
        byte[] pseudorandomKey = hmac(salt, inputKeyingMaterial);
        try {
            return expand(pseudorandomKey, info, length);
        } finally {
            Arrays.fill(pseudorandomKey, (byte) 0);
        }
    }

    /** RFC 5869 §2.3: T(i) = HMAC(PRK, T(i-1) ‖ info ‖ i), concatenated and cut to {@code length}. */
    private static byte[] expand(byte[] pseudorandomKey, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 output length must be 1.." + 255 * HASH_LENGTH);
        }
        byte[] output = new byte[length];
        byte[] block = new byte[0];
        for (int i = 1, written = 0; written < length; i++) {
            byte[] input = Arrays.copyOf(block, block.length + info.length + 1);
            System.arraycopy(info, 0, input, block.length, info.length);
            input[input.length - 1] = (byte) i;
            block = hmac(pseudorandomKey, input);
            int take = Math.min(block.length, length - written);
            System.arraycopy(block, 0, output, written, take);
            written += take;
        }
        return output;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
