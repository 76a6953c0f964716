package jp.esurety.platform.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM with 96-bit random nonces and 128-bit tags, the one authenticated cipher of this module. */
final class AesGcm {

    static final int KEY_LENGTH = 32;
    static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    static byte[] randomIv() {
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        return iv;
    }

    static SecretKey key(byte[] key) {
        if (key == null || key.length != KEY_LENGTH) {
            throw new IllegalArgumentException("AES-256 key must be " + KEY_LENGTH + " bytes");
        }
        return new SecretKeySpec(key, "AES");
    }

    static byte[] encrypt(SecretKey key, byte[] iv, byte[] plaintext, byte[] aad) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, key, iv, aad).doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** @throws DecryptionException if the tag does not match: wrong key, wrong AAD or altered input */
    static byte[] decrypt(SecretKey key, byte[] iv, byte[] ciphertext, byte[] aad) {
        if (iv.length != IV_LENGTH) {
            throw new DecryptionException("nonce must be " + IV_LENGTH + " bytes");
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, key, iv, aad).doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw new DecryptionException("authentication failed: wrong key, wrong associated data or tampered", e);
        } catch (GeneralSecurityException e) {
            throw new DecryptionException("cannot decrypt: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, byte[] aad) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(aad);
        return cipher;
    }
}
