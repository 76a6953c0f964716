package jp.esurety.platform.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.KeyAgreement;

/**
 * Ed25519 (signing) and X25519 (key agreement) key pairs from the JDK's own providers, and the conversions
 * between JDK keys and their raw 32-byte form that multikeys and sealing need.
 */
public final class KeyPairs {

    /** Length of a raw Ed25519 or X25519 public key, and of an Ed25519 seed. */
    public static final int RAW_KEY_LENGTH = 32;

    // DER of SubjectPublicKeyInfo up to the raw key: SEQUENCE { SEQUENCE { OID 1.3.101.112|110 }, BIT STRING }
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] X25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b656e032100");
    private static final int SPKI_LENGTH = ED25519_SPKI_PREFIX.length + RAW_KEY_LENGTH;
    private static final BigInteger X25519_BASE_POINT = BigInteger.valueOf(9);

    private KeyPairs() {
    }

    /** A fresh Ed25519 key pair from the JDK's default {@link SecureRandom}. */
    public static KeyPair generateEd25519() {
        return generate("Ed25519");
    }

    /** A fresh X25519 key pair from the JDK's default {@link SecureRandom}. */
    public static KeyPair generateX25519() {
        return generate("X25519");
    }

    /**
     * The Ed25519 key pair whose private key is the 32-byte {@code seed} (RFC 8032 §5.1.5), e.g. to load a test
     * vector's key. The JDK has no public "seed to public key" operation, so the seed is handed to its key pair
     * generator as the only random bytes it draws.
     */
    public static KeyPair ed25519FromSeed(byte[] seed) {
        requireRawLength(seed, "Ed25519 seed");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedOnlyRandom(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /** The raw 32-byte form of an Ed25519 or X25519 public key. */
    public static byte[] raw(PublicKey key) {
        return rawOf(key, ED25519_SPKI_PREFIX, X25519_SPKI_PREFIX);
    }

    /** {@link #raw} of a key that must be Ed25519. */
    static byte[] rawEd25519(PublicKey key) {
        return rawOf(key, ED25519_SPKI_PREFIX);
    }

    /** The Ed25519 public key of a raw 32-byte encoding (RFC 8032 §5.1.2). */
    public static PublicKey ed25519PublicKey(byte[] raw) {
        return publicKey("Ed25519", ED25519_SPKI_PREFIX, raw);
    }

    /** The X25519 public key of a raw 32-byte little-endian u-coordinate (RFC 7748 §5). */
    public static PublicKey x25519PublicKey(byte[] raw) {
        return publicKey("X25519", X25519_SPKI_PREFIX, raw);
    }

    /** The public key that belongs to an X25519 private key: the scalar multiplied by the base point u = 9. */
    static PublicKey x25519PublicKeyOf(PrivateKey privateKey) {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("X25519");
            agreement.init(privateKey);
            KeyFactory factory = KeyFactory.getInstance("X25519");
            agreement.doPhase(factory.generatePublic(
                    new XECPublicKeySpec(NamedParameterSpec.X25519, X25519_BASE_POINT)), true);
            return x25519PublicKey(agreement.generateSecret());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X25519 private key", e);
        }
    }

    private static void requireRawLength(byte[] bytes, String what) {
        if (bytes == null || bytes.length != RAW_KEY_LENGTH) {
            throw new IllegalArgumentException(what + " must be " + RAW_KEY_LENGTH + " bytes");
        }
    }

    private static KeyPair generate(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        }
    }

    private static PublicKey publicKey(String algorithm, byte[] spkiPrefix, byte[] raw) {
        requireRawLength(raw, algorithm + " public key");
        byte[] spki = Arrays.copyOf(spkiPrefix, SPKI_LENGTH);
        System.arraycopy(raw, 0, spki, spkiPrefix.length, RAW_KEY_LENGTH);
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid " + algorithm + " public key", e);
        }
    }

    private static byte[] rawOf(PublicKey key, byte[]... acceptedSpkiPrefixes) {
        byte[] spki = key.getEncoded();
        for (byte[] prefix : acceptedSpkiPrefixes) {
            if (spki != null && spki.length == SPKI_LENGTH && startsWith(spki, prefix)) {
                return Arrays.copyOfRange(spki, prefix.length, SPKI_LENGTH);
            }
        }
        throw new IllegalArgumentException("unsupported public key: " + key.getAlgorithm());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Hands out exactly the seed, once; anything else means the generator changed and must not go unnoticed. */
    private static final class SeedOnlyRandom extends SecureRandom {

        private final byte[] seed;
        private boolean used;

        SeedOnlyRandom(byte[] seed) {
            super(null, null);
            this.seed = seed.clone();
        }

        @Override
        public synchronized void nextBytes(byte[] bytes) {
            if (used || bytes.length != seed.length) {
                throw new IllegalStateException("the Ed25519 key pair generator asked for unexpected random bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
            Arrays.fill(seed, (byte) 0);
            used = true;
        }
    }
}
