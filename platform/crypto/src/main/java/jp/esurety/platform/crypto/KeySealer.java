package jp.esurety.platform.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKey;

/**
 * Seals a short secret (the authentication key) for exactly one recipient, so that an event can carry it while
 * a raw record shows nothing and no symmetric key is shared between services.
 *
 * <p>Algorithm {@value #ALGORITHM}:
 * <ol>
 *   <li>a fresh ephemeral X25519 key pair per seal; Z = X25519(ephemeral private, recipient public);</li>
 *   <li>CEK = HKDF-SHA256 (RFC 5869) with IKM = Z, salt = ephemeral public ‖ recipient public (raw 32 bytes
 *       each), info = UTF-8({@value #ALGORITHM}) ‖ 0x00 ‖ UTF-8(kid), 32 bytes out;</li>
 *   <li>AES-256-GCM under the CEK with a random 12-byte IV, a 128-bit tag and the caller's associated data.</li>
 * </ol>
 * The associated data is not stored: the caller binds the secret to its context (e.g. the contract number and
 * version) and must supply the same bytes to unseal, so a sealed key cannot be replayed onto another
 * certificate. The key id is bound through the HKDF info, so it cannot be swapped either.
 */
public final class KeySealer {

    /** The {@code alg} of every {@link SealedSecret} this class makes and the only one it opens. */
    public static final String ALGORITHM = "ECDH-ES+X25519+HKDF-SHA256+A256GCM";

    private KeySealer() {
    }

    /**
     * Seals {@code plaintext} for the holder of the private half of {@code recipient}.
     *
     * @param recipientKid the recipient key's id ({@link KeyIds#of}), stored so the recipient picks its key
     * @param recipient the recipient's X25519 public key
     * @param aad associated data the recipient must present to unseal (empty if none)
     * @throws IllegalArgumentException if {@code recipient} is not a usable X25519 public key
     */
    public static SealedSecret seal(byte[] plaintext, String recipientKid, PublicKey recipient, byte[] aad) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(aad, "aad");
        if (recipientKid == null || recipientKid.isBlank()) {
            throw new IllegalArgumentException("recipientKid is required");
        }
        KeyPair ephemeral = KeyPairs.generateX25519();
        byte[] ephemeralPublic = KeyPairs.raw(ephemeral.getPublic());
        byte[] sharedSecret;
        try {
            sharedSecret = agree(ephemeral.getPrivate(), recipient);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("recipient is not a usable X25519 public key", e);
        }
        byte[] iv = AesGcm.randomIv();
        byte[] ciphertext = AesGcm.encrypt(
                contentKey(sharedSecret, ephemeralPublic, KeyPairs.raw(recipient), recipientKid), iv, plaintext, aad);
        return new SealedSecret(ALGORITHM, recipientKid, Base64Url.encode(ephemeralPublic), Base64Url.encode(iv),
                Base64Url.encode(ciphertext));
    }

    /**
     * Opens a sealed secret with the recipient's X25519 private key and the associated data it was sealed with.
     *
     * @throws DecryptionException on an unknown algorithm, a malformed field, the wrong private key, different
     *     associated data or any change to the sealed fields
     */
    public static byte[] unseal(SealedSecret sealed, PrivateKey recipientPrivate, byte[] aad) {
        Objects.requireNonNull(aad, "aad");
        if (!ALGORITHM.equals(sealed.alg())) {
            throw new DecryptionException("unsupported sealing algorithm " + sealed.alg());
        }
        byte[] ephemeralPublic = field(sealed.epk(), "epk");
        byte[] iv = field(sealed.iv(), "iv");
        byte[] ciphertext = field(sealed.ct(), "ct");
        if (ephemeralPublic.length != KeyPairs.RAW_KEY_LENGTH) {
            throw new DecryptionException("epk must be " + KeyPairs.RAW_KEY_LENGTH + " bytes");
        }
        byte[] recipientPublic = KeyPairs.raw(KeyPairs.x25519PublicKeyOf(recipientPrivate));
        byte[] sharedSecret;
        try {
            sharedSecret = agree(recipientPrivate, KeyPairs.x25519PublicKey(ephemeralPublic));
        } catch (InvalidKeyException | IllegalArgumentException e) {
            throw new DecryptionException("epk is not a usable X25519 public key", e);
        }
        return AesGcm.decrypt(contentKey(sharedSecret, ephemeralPublic, recipientPublic, sealed.kid()), iv,
                ciphertext, aad);
    }

    /** X25519; the JDK rejects small-order points (whose shared secret would be all zeros) as invalid keys. */
    private static byte[] agree(PrivateKey privateKey, PublicKey publicKey) throws InvalidKeyException {
        KeyAgreement agreement;
        try {
            agreement = KeyAgreement.getInstance("X25519");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("X25519 is not available in this JDK", e);
        }
        agreement.init(privateKey);
        agreement.doPhase(publicKey, true);
        return agreement.generateSecret();
    }

    private static SecretKey contentKey(byte[] sharedSecret, byte[] ephemeralPublic, byte[] recipientPublic,
            String kid) {
        byte[] salt = concat(ephemeralPublic, recipientPublic);
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.writeBytes(ALGORITHM.getBytes(StandardCharsets.UTF_8));
        info.write(0);
        info.writeBytes(kid.getBytes(StandardCharsets.UTF_8));
        byte[] key = Hkdf.deriveKey(salt, sharedSecret, info.toByteArray(), AesGcm.KEY_LENGTH);
        try {
            return AesGcm.key(key);
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(sharedSecret, (byte) 0);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static byte[] field(String base64url, String name) {
        try {
            return Base64Url.decode(base64url);
        } catch (IllegalArgumentException e) {
            throw new DecryptionException(name + " is not base64url");
        }
    }
}
