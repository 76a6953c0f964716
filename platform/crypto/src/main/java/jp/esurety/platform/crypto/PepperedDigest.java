package jp.esurety.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 digests of short secrets under a pepper (a secret key kept outside the database), so a stolen
 * table of digests cannot be brute-forced offline. Compares in constant time. Values are digested exactly as
 * given: normalising input (e.g. NFKC, trimming) is the caller's domain rule.
 */
public final class PepperedDigest {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final SecretKey pepper;

    /** @param pepper at least 32 bytes (see {@link SymmetricKeys}); copied */
    public PepperedDigest(byte[] pepper) {
        if (pepper == null || pepper.length < SymmetricKeys.LENGTH) {
            throw new IllegalArgumentException("pepper must be at least " + SymmetricKeys.LENGTH + " bytes");
        }
        this.pepper = new SecretKeySpec(pepper, HMAC_SHA256);
    }

    /** Unpadded base64url of HMAC-SHA256(pepper, UTF-8(value)): 43 characters. */
    public String digest(String value) {
        return Base64Url.encode(hmac(value));
    }

    /** Whether {@code candidate} digests to {@code storedDigest}, in time independent of where they differ. */
    public boolean matches(String candidate, String storedDigest) {
        if (storedDigest == null) {
            return false;
        }
        byte[] expected = digest(candidate).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, storedDigest.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] hmac(String value) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(pepper);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
