package jp.esurety.platform.crypto;

import static jp.esurety.platform.crypto.ProofVerificationException.Reason.BAD_SIGNATURE;
import static jp.esurety.platform.crypto.ProofVerificationException.Reason.CONTEXT_MISMATCH;
import static jp.esurety.platform.crypto.ProofVerificationException.Reason.MALFORMED_PROOF;
import static jp.esurety.platform.crypto.ProofVerificationException.Reason.MISSING_PROOF;
import static jp.esurety.platform.crypto.ProofVerificationException.Reason.UNKNOWN_VERIFICATION_METHOD;
import static jp.esurety.platform.crypto.ProofVerificationException.Reason.UNSUPPORTED_PROOF;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * W3C Data Integrity proofs of cryptosuite {@code eddsa-jcs-2022} (Data Integrity EdDSA Cryptosuites v1.0 §3.3):
 * Ed25519 over SHA-256 of the RFC 8785 (JCS) canonical proof configuration followed by SHA-256 of the canonical
 * document. Any standard verifier can check what {@link #sign} produces.
 *
 * <p>Only single proofs with proof purpose {@code assertionMethod} are made and accepted (no proof sets or
 * chains). Both operations are thread-safe.
 */
public final class EddsaJcs2022 {

    /** {@code proof.type}. */
    public static final String PROOF_TYPE = "DataIntegrityProof";
    /** {@code proof.cryptosuite}. */
    public static final String CRYPTOSUITE = "eddsa-jcs-2022";
    /** {@code proof.proofPurpose}: the issuer asserts the credential. */
    public static final String PROOF_PURPOSE = "assertionMethod";

    private static final String PROOF = "proof";
    private static final String CONTEXT = "@context";
    private static final String PROOF_VALUE = "proofValue";
    private static final String VERIFICATION_METHOD = "verificationMethod";
    private static final String CREATED = "created";
    private static final int SIGNATURE_LENGTH = 64;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EddsaJcs2022() {
    }

    /**
     * Secures a document (spec §3.3.1 Create Proof): returns a copy with a {@code proof} object of {@code type},
     * {@code cryptosuite}, {@code created}, {@code verificationMethod}, {@code proofPurpose}, the document's
     * {@code @context} (when it has one, as the spec requires) and the base58btc {@code proofValue}.
     *
     * @param unsecuredDocument the credential without a {@code proof}; it is not modified
     * @param ed25519 the issuer's signing key
     * @param verificationMethod the URL of the public key a verifier resolves, e.g. {@code https://…/issuers/x#kid}
     * @param created when the proof was made; written as {@code yyyy-MM-ddTHH:mm:ssZ} (whole seconds, UTC)
     * @throws IllegalArgumentException if the document already has a proof or the key is not an Ed25519 key
     */
    public static ObjectNode sign(ObjectNode unsecuredDocument, PrivateKey ed25519, String verificationMethod,
            Instant created) {
        Objects.requireNonNull(ed25519, "ed25519");
        if (unsecuredDocument.has(PROOF)) {
            throw new IllegalArgumentException("the document already has a proof");
        }
        if (verificationMethod == null || verificationMethod.isBlank()) {
            throw new IllegalArgumentException("verificationMethod is required");
        }
        ObjectNode proof = JsonNodeFactory.instance.objectNode()
                .put("type", PROOF_TYPE)
                .put("cryptosuite", CRYPTOSUITE)
                .put(CREATED, created.truncatedTo(ChronoUnit.SECONDS).toString())
                .put(VERIFICATION_METHOD, verificationMethod)
                .put("proofPurpose", PROOF_PURPOSE);
        if (unsecuredDocument.has(CONTEXT)) {
            proof.set(CONTEXT, unsecuredDocument.get(CONTEXT).deepCopy());
        }
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(ed25519);
            signer.update(hashData(proof, unsecuredDocument));
            signature = signer.sign();
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
        proof.put(PROOF_VALUE, Multibase.encodeBase58Btc(signature));
        ObjectNode secured = unsecuredDocument.deepCopy();
        secured.set(PROOF, proof);
        return secured;
    }

    /**
     * Verifies a secured document (spec §3.3.2 Verify Proof) against the key its verification method resolves to.
     *
     * @throws ProofVerificationException with the {@link ProofVerificationException.Reason reason} it failed
     */
    public static void verify(ObjectNode securedDocument, VerificationMethodResolver resolver) {
        JsonNode proofNode = securedDocument.get(PROOF);
        if (proofNode == null || proofNode.isNull()) {
            throw new ProofVerificationException(MISSING_PROOF, "the document has no proof");
        }
        if (proofNode.isArray()) {
            throw new ProofVerificationException(UNSUPPORTED_PROOF, "proof sets are not supported");
        }
        if (!proofNode.isObject()) {
            throw new ProofVerificationException(MALFORMED_PROOF, "proof is not an object");
        }
        ObjectNode proofOptions = ((ObjectNode) proofNode).deepCopy();
        requireValue(proofOptions, "type", PROOF_TYPE);
        requireValue(proofOptions, "cryptosuite", CRYPTOSUITE);
        requireValue(proofOptions, "proofPurpose", PROOF_PURPOSE);
        String verificationMethod = requireText(proofOptions, VERIFICATION_METHOD);
        requireValidCreated(proofOptions);
        byte[] signature = signatureOf(requireText(proofOptions, PROOF_VALUE));
        proofOptions.remove(PROOF_VALUE);

        ObjectNode unsecuredDocument = securedDocument.deepCopy();
        unsecuredDocument.remove(PROOF);
        if (proofOptions.has(CONTEXT)) {
            requireContextPrefix(unsecuredDocument.get(CONTEXT), proofOptions.get(CONTEXT));
            unsecuredDocument.set(CONTEXT, proofOptions.get(CONTEXT).deepCopy());
        }

        PublicKey key = resolver.resolve(verificationMethod).orElseThrow(() -> new ProofVerificationException(
                UNKNOWN_VERIFICATION_METHOD, "verification method not trusted: " + verificationMethod));
        boolean valid;
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(hashData(proofOptions, unsecuredDocument));
            valid = verifier.verify(signature);
        } catch (InvalidKeyException e) {
            throw new ProofVerificationException(UNKNOWN_VERIFICATION_METHOD,
                    "verification method is not an Ed25519 key: " + verificationMethod);
        } catch (SignatureException e) {
            valid = false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 verification is not available", e);
        }
        if (!valid) {
            throw new ProofVerificationException(BAD_SIGNATURE,
                    "signature does not match under " + verificationMethod);
        }
    }

    /** hashData of spec §3.3.4: SHA-256(JCS(proof configuration)) ‖ SHA-256(JCS(document)). */
    private static byte[] hashData(ObjectNode proofConfiguration, ObjectNode document) {
        byte[] proofConfigHash = Sha256.digest(canonicalize(proofConfiguration));
        byte[] documentHash = Sha256.digest(canonicalize(document));
        byte[] hashData = Arrays.copyOf(proofConfigHash, proofConfigHash.length + documentHash.length);
        System.arraycopy(documentHash, 0, hashData, proofConfigHash.length, documentHash.length);
        return hashData;
    }

    private static byte[] canonicalize(JsonNode node) {
        try {
            return new JsonCanonicalizer(MAPPER.writeValueAsString(node)).getEncodedUTF8();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("JSON cannot be canonicalised (RFC 8785)", e);
        }
    }

    private static void requireValue(ObjectNode proof, String property, String expected) {
        JsonNode value = proof.get(property);
        if (value == null || !expected.equals(value.asText(null))) {
            throw new ProofVerificationException(UNSUPPORTED_PROOF,
                    "proof." + property + " must be " + expected + ", was " + value);
        }
    }

    private static String requireText(ObjectNode proof, String property) {
        JsonNode value = proof.get(property);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ProofVerificationException(MALFORMED_PROOF, "proof." + property + " is missing");
        }
        return value.asText();
    }

    private static void requireValidCreated(ObjectNode proof) {
        JsonNode created = proof.get(CREATED);
        if (created == null) {
            return;
        }
        try {
            OffsetDateTime.parse(created.asText());
        } catch (DateTimeParseException e) {
            throw new ProofVerificationException(MALFORMED_PROOF, "proof.created is not a date-time stamp");
        }
    }

    private static byte[] signatureOf(String proofValue) {
        byte[] signature;
        try {
            signature = Multibase.decodeBase58Btc(proofValue);
        } catch (IllegalArgumentException e) {
            throw new ProofVerificationException(MALFORMED_PROOF, "proof.proofValue is not base58btc multibase");
        }
        if (signature.length != SIGNATURE_LENGTH) {
            throw new ProofVerificationException(MALFORMED_PROOF,
                    "proof.proofValue is not a " + SIGNATURE_LENGTH + "-byte Ed25519 signature");
        }
        return signature;
    }

    /** Spec §3.3.2 step 4.1: the document's {@code @context} starts with the proof's, in the same order. */
    private static void requireContextPrefix(JsonNode documentContext, JsonNode proofContext) {
        ArrayNode document = asArray(documentContext);
        ArrayNode proof = asArray(proofContext);
        boolean prefix = proof.size() <= document.size();
        for (int i = 0; prefix && i < proof.size(); i++) {
            prefix = proof.get(i).equals(document.get(i));
        }
        if (!prefix) {
            throw new ProofVerificationException(CONTEXT_MISMATCH,
                    "document @context does not start with the proof's @context");
        }
    }

    private static ArrayNode asArray(JsonNode context) {
        if (context == null) {
            return JsonNodeFactory.instance.arrayNode();
        }
        return context.isArray() ? (ArrayNode) context : JsonNodeFactory.instance.arrayNode().add(context);
    }
}
