package jp.esurety.platform.crypto;

import java.security.PublicKey;
import java.util.Arrays;

/**
 * Ed25519 public keys as {@code publicKeyMultibase} values (W3C Controlled Identifiers, type {@code Multikey}):
 * base58btc multibase of the multicodec prefix {@code 0xed 0x01} followed by the 32 raw key bytes, which always
 * reads {@code z6Mk…}.
 */
public final class Multikey {

    private static final byte[] ED25519_PUB_PREFIX = {(byte) 0xed, 0x01};

    private Multikey() {
    }

    /** The {@code publicKeyMultibase} of an Ed25519 public key. */
    public static String encode(PublicKey ed25519) {
        byte[] raw = KeyPairs.rawEd25519(ed25519);
        byte[] multikey = Arrays.copyOf(ED25519_PUB_PREFIX, ED25519_PUB_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, multikey, ED25519_PUB_PREFIX.length, raw.length);
        return Multibase.encodeBase58Btc(multikey);
    }

    /**
     * The Ed25519 public key of a {@code publicKeyMultibase} value.
     *
     * @throws IllegalArgumentException if it is not base58btc, not an Ed25519 multikey, or not a valid point
     */
    public static PublicKey decode(String publicKeyMultibase) {
        byte[] multikey = Multibase.decodeBase58Btc(publicKeyMultibase);
        if (multikey.length != ED25519_PUB_PREFIX.length + KeyPairs.RAW_KEY_LENGTH
                || !Arrays.equals(multikey, 0, ED25519_PUB_PREFIX.length, ED25519_PUB_PREFIX, 0,
                        ED25519_PUB_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 multikey (multicodec 0xed01)");
        }
        return KeyPairs.ed25519PublicKey(Arrays.copyOfRange(multikey, ED25519_PUB_PREFIX.length, multikey.length));
    }
}
