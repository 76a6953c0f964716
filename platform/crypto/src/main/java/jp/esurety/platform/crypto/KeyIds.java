package jp.esurety.platform.crypto;

import java.security.PublicKey;
import java.util.Arrays;

/**
 * Short, deterministic identifiers of public keys, so that sealed secrets, verification methods and trust stores
 * can name the key they mean while keys rotate: unpadded base64url of the first 12 bytes of SHA-256 over the
 * key's X.509 SubjectPublicKeyInfo encoding — 16 characters, the same on every machine for the same key.
 */
public final class KeyIds {

    private static final int ID_BYTES = 12;

    private KeyIds() {
    }

    /** The key id of {@code key}. */
    public static String of(PublicKey key) {
        byte[] spki = key.getEncoded();
        if (spki == null) {
            throw new IllegalArgumentException("key has no encoding: " + key.getAlgorithm());
        }
        return Base64Url.encode(Arrays.copyOf(Sha256.digest(spki), ID_BYTES));
    }
}
