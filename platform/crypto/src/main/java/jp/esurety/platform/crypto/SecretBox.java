package jp.esurety.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;

/**
 * Encrypts secrets at rest (e.g. issuance's authentication keys) with AES-256-GCM under one key-encryption key
 * (KEK). A boxed value is the compact text {@code v1.<kekId>.<iv>.<ct>} (iv and ct unpadded base64url, ct with
 * its tag), so each value names the KEK that opens it; the version and KEK id are authenticated together with
 * the caller's associated data. Use a {@link Keyring} to rotate KEKs.
 */
public final class SecretBox {

    /** The format version, the first part of every boxed value. */
    public static final String VERSION = "v1";

    private static final Pattern KEK_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String kekId;
    private final SecretKey kek;

    /**
     * @param kekId the name of the KEK: 1–64 characters of {@code A-Z a-z 0-9 _ -}
     * @param kek 32 bytes (see {@link SymmetricKeys}); copied
     */
    public SecretBox(String kekId, byte[] kek) {
        if (kekId == null || !KEK_ID.matcher(kekId).matches()) {
            throw new IllegalArgumentException("KEK id must match " + KEK_ID.pattern());
        }
        this.kekId = kekId;
        this.kek = AesGcm.key(kek);
    }

    /** The id this box writes into every value and accepts on decryption. */
    public String kekId() {
        return kekId;
    }

    /** Encrypts under this KEK with a fresh random IV; {@code aad} (e.g. the row's id) is needed to decrypt. */
    public String encrypt(byte[] plaintext, byte[] aad) {
        byte[] iv = AesGcm.randomIv();
        byte[] ciphertext = AesGcm.encrypt(kek, iv, plaintext, associatedData(kekId, aad));
        return String.join(".", VERSION, kekId, Base64Url.encode(iv), Base64Url.encode(ciphertext));
    }

    /**
     * Decrypts a value this KEK boxed.
     *
     * @throws DecryptionException if the value is malformed, names another KEK, was altered or {@code aad} differs
     */
    public byte[] decrypt(String boxed, byte[] aad) {
        Boxed parsed = Boxed.parse(boxed);
        if (!parsed.kekId().equals(kekId)) {
            throw new DecryptionException("boxed under KEK " + parsed.kekId() + ", not " + kekId);
        }
        return AesGcm.decrypt(kek, parsed.iv(), parsed.ciphertext(), associatedData(kekId, aad));
    }

    /**
     * The id of the KEK a boxed value names, without decrypting it.
     *
     * @throws DecryptionException if the value is not a {@value #VERSION} boxed secret
     */
    public static String kekIdOf(String boxed) {
        return Boxed.parse(boxed).kekId();
    }

    private static byte[] associatedData(String kekId, byte[] aad) {
        Objects.requireNonNull(aad, "aad");
        byte[] header = (VERSION + "." + kekId + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] joined = Arrays.copyOf(header, header.length + aad.length);
        System.arraycopy(aad, 0, joined, header.length, aad.length);
        return joined;
    }

    private record Boxed(String kekId, byte[] iv, byte[] ciphertext) {

        static Boxed parse(String boxed) {
            String[] parts = boxed == null ? new String[0] : boxed.split("\\.", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || !KEK_ID.matcher(parts[1]).matches()) {
                throw new DecryptionException("not a " + VERSION + " boxed secret");
            }
            try {
                return new Boxed(parts[1], Base64Url.decode(parts[2]), Base64Url.decode(parts[3]));
            } catch (IllegalArgumentException e) {
                throw new DecryptionException("boxed secret is not base64url");
            }
        }
    }

    /**
     * Several KEKs for rotation: encrypts with the active one, decrypts with whichever one a value names.
     * Rotate by adding a new KEK and making it active, {@link #rewrap rewrapping} stored values, then dropping
     * the old KEK once nothing names it.
     */
    public static final class Keyring {

        private final SecretBox active;
        private final Map<String, SecretBox> boxes;

        /**
         * @param activeKekId the KEK that encrypts; must be one of {@code keks}
         * @param keks every KEK that may still be needed to decrypt, by id
         */
        public Keyring(String activeKekId, Map<String, byte[]> keks) {
            boxes = keks.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, kek -> new SecretBox(kek.getKey(), kek.getValue())));
            active = boxes.get(activeKekId);
            if (active == null) {
                throw new IllegalArgumentException("active KEK " + activeKekId + " is not in the keyring");
            }
        }

        /** The id of the KEK that {@link #encrypt} uses. */
        public String activeKekId() {
            return active.kekId();
        }

        /** {@link SecretBox#encrypt} under the active KEK. */
        public String encrypt(byte[] plaintext, byte[] aad) {
            return active.encrypt(plaintext, aad);
        }

        /**
         * {@link SecretBox#decrypt} under the KEK the value names.
         *
         * @throws DecryptionException also if that KEK is not in this keyring
         */
        public byte[] decrypt(String boxed, byte[] aad) {
            String kekId = kekIdOf(boxed);
            SecretBox box = boxes.get(kekId);
            if (box == null) {
                throw new DecryptionException("KEK " + kekId + " is not in the keyring");
            }
            return box.decrypt(boxed, aad);
        }

        /** Whether a value is boxed under the active KEK, i.e. needs no {@link #rewrap}. */
        public boolean isCurrent(String boxed) {
            return active.kekId().equals(kekIdOf(boxed));
        }

        /** The value re-encrypted under the active KEK, or the same value if it already is. */
        public String rewrap(String boxed, byte[] aad) {
            if (isCurrent(boxed)) {
                return boxed;
            }
            byte[] plaintext = decrypt(boxed, aad);
            try {
                return active.encrypt(plaintext, aad);
            } finally {
                Arrays.fill(plaintext, (byte) 0);
            }
        }
    }
}
