package jp.esurety.platform.crypto;

import java.util.Objects;

/**
 * A secret sealed by {@link KeySealer} for one recipient; all binary fields are unpadded base64url. Serialises
 * with Jackson as a flat JSON object {@code {"alg","kid","epk","iv","ct"}} and carries nothing readable about the
 * secret.
 *
 * @param alg the sealing algorithm, {@value KeySealer#ALGORITHM}
 * @param kid the key id of the recipient's X25519 public key (see {@link KeyIds}), to pick the private key
 * @param epk the raw 32-byte ephemeral X25519 public key of the sender
 * @param iv the 12-byte AES-GCM nonce
 * @param ct the AES-256-GCM ciphertext followed by its 16-byte tag
 */
public record SealedSecret(String alg, String kid, String epk, String iv, String ct) {

    public SealedSecret {
        Objects.requireNonNull(alg, "alg");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(epk, "epk");
        Objects.requireNonNull(iv, "iv");
        Objects.requireNonNull(ct, "ct");
    }
}
