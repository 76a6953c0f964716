package jp.esurety.platform.crypto;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Finds the public key a proof names in its {@code verificationMethod}, e.g. from the registry's trust store of
 * issuer keys. Returning empty means the verifier does not trust (or know) that method, and the proof fails.
 */
@FunctionalInterface
public interface VerificationMethodResolver {

    /** The Ed25519 public key of the verification method with this id, if it is trusted. */
    Optional<PublicKey> resolve(String verificationMethodId);
}
