package jp.esurety.platform.crypto;

/**
 * A Data Integrity proof did not verify. {@link #reason()} says why in a form callers can branch on; the message
 * adds detail for logs and never contains key material.
 */
public final class ProofVerificationException extends RuntimeException {

    /** Why a proof was rejected. */
    public enum Reason {
        /** The document has no {@code proof} object. */
        MISSING_PROOF,
        /** The proof is not a single {@code DataIntegrityProof} of {@code eddsa-jcs-2022} for {@code assertionMethod}. */
        UNSUPPORTED_PROOF,
        /** A required proof property is missing or unreadable ({@code proofValue}, {@code verificationMethod}, …). */
        MALFORMED_PROOF,
        /** The document's {@code @context} does not start with the proof's {@code @context}. */
        CONTEXT_MISMATCH,
        /** The resolver does not know or trust the proof's verification method. */
        UNKNOWN_VERIFICATION_METHOD,
        /** The signature does not match the document and proof options under the resolved key. */
        BAD_SIGNATURE
    }

    private final Reason reason;

    /** @param message what was wrong, for logs; never key material or the credential's personal data */
    public ProofVerificationException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    /** Why the proof was rejected. */
    public Reason reason() {
        return reason;
    }
}
