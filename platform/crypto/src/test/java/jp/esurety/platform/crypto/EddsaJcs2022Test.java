package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import jp.esurety.platform.crypto.ProofVerificationException.Reason;
import org.junit.jupiter.api.Test;

class EddsaJcs2022Test {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** W3C vc-di-eddsa, TestVectors/eddsa-jcs-2022/signedJCS.json (spec Appendix B, eddsa-jcs-2022). */
    private static final String SPEC_SIGNED = """
            {
              "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
              "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
              "type": ["VerifiableCredential", "AlumniCredential"],
              "name": "Alumni Credential",
              "description": "A minimum viable example of an Alumni Credential.",
              "issuer": "https://vc.example/issuers/5678",
              "validFrom": "2023-01-01T00:00:00Z",
              "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
              "proof": {
                "type": "DataIntegrityProof",
                "cryptosuite": "eddsa-jcs-2022",
                "created": "2023-02-24T23:36:38Z",
                "verificationMethod":
                    "https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                "proofPurpose": "assertionMethod",
                "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
                "proofValue":
                    "z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4"
              }
            }
            """;
    /** TestVectors/eddsa-jcs-2022/sigHexJCS.txt. */
    private static final String SPEC_SIGNATURE_HEX = "fc91dec6565f35fbe185a77352e7fc512f95d1904da305cfef32ab8135469301"
            + "f5a72d4e7a58368fc6ffc497b44633993bac054e3bc1436e3c846db8f1544503";
    private static final String SPEC_METHOD =
            "https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    private static final Instant SPEC_CREATED = Instant.parse("2023-02-24T23:36:38Z");

    private final KeyPair specKeys = MultikeyTest.specKeyPair();

    @Test
    void reproducesTheSpecTestVectorByteForByte() throws Exception {
        ObjectNode expected = (ObjectNode) MAPPER.readTree(SPEC_SIGNED);

        ObjectNode secured = EddsaJcs2022.sign(unsigned(), specKeys.getPrivate(), SPEC_METHOD, SPEC_CREATED);

        assertThat(secured).isEqualTo(expected);
        String proofValue = secured.get("proof").get("proofValue").asText();
        assertThat(HexFormat.of().formatHex(Multibase.decodeBase58Btc(proofValue))).isEqualTo(SPEC_SIGNATURE_HEX);
    }

    @Test
    void verifiesTheSpecTestVectorWithTheKeyFromItsMultikey() throws Exception {
        ObjectNode secured = (ObjectNode) MAPPER.readTree(SPEC_SIGNED);

        assertThatCode(() -> EddsaJcs2022.verify(secured, resolving(SPEC_METHOD, Multikey.decode(
                MultikeyTest.SPEC_PUBLIC)))).doesNotThrowAnyException();
    }

    @Test
    void leavesTheUnsecuredDocumentUntouched() throws Exception {
        ObjectNode unsigned = unsigned();

        EddsaJcs2022.sign(unsigned, specKeys.getPrivate(), SPEC_METHOD, SPEC_CREATED);

        assertThat(unsigned).isEqualTo(unsigned());
    }

    @Test
    void aChangedFieldBreaksTheSignature() {
        ObjectNode secured = signed();
        ((ObjectNode) secured.get("credentialSubject")).put("alumniOf", "The School of Counterfeits");

        assertRejected(secured, trustingSpecKey(), Reason.BAD_SIGNATURE);
    }

    @Test
    void aChangedProofOptionBreaksTheSignature() {
        ObjectNode secured = signed();
        ((ObjectNode) secured.get("proof")).put("created", "2024-02-24T23:36:38Z");

        assertRejected(secured, trustingSpecKey(), Reason.BAD_SIGNATURE);
    }

    @Test
    void anotherKeyDoesNotVerify() {
        PublicKey other = KeyPairs.generateEd25519().getPublic();

        assertRejected(signed(), resolving(SPEC_METHOD, other), Reason.BAD_SIGNATURE);
    }

    @Test
    void anUnknownVerificationMethodIsRejected() {
        assertRejected(signed(), resolving("https://vc.example/issuers/5678#other", specKeys.getPublic()),
                Reason.UNKNOWN_VERIFICATION_METHOD);
    }

    @Test
    void aSwappedVerificationMethodBreaksTheSignatureEvenUnderTheSameKey() {
        String other = "https://vc.example/issuers/9999#key-1";
        ObjectNode secured = signed();
        ((ObjectNode) secured.get("proof")).put("verificationMethod", other);

        assertRejected(secured, resolving(other, specKeys.getPublic()), Reason.BAD_SIGNATURE);
    }

    @Test
    void aKeyThatIsNotEd25519IsAnUnusableVerificationMethod() {
        assertRejected(signed(), resolving(SPEC_METHOD, KeyPairs.generateX25519().getPublic()),
                Reason.UNKNOWN_VERIFICATION_METHOD);
    }

    @Test
    void aDocumentWithoutProofIsRejected() throws Exception {
        assertRejected(unsigned(), trustingSpecKey(), Reason.MISSING_PROOF);
    }

    @Test
    void otherProofTypesSuitesPurposesAndProofSetsAreUnsupported() {
        ObjectNode otherSuite = signed();
        ((ObjectNode) otherSuite.get("proof")).put("cryptosuite", "eddsa-rdfc-2022");
        ObjectNode otherType = signed();
        ((ObjectNode) otherType.get("proof")).put("type", "Ed25519Signature2020");
        ObjectNode otherPurpose = signed();
        ((ObjectNode) otherPurpose.get("proof")).put("proofPurpose", "authentication");
        ObjectNode proofSet = signed();
        proofSet.set("proof", MAPPER.createArrayNode().add(proofSet.get("proof")));

        for (ObjectNode secured : new ObjectNode[] {otherSuite, otherType, otherPurpose, proofSet}) {
            assertRejected(secured, trustingSpecKey(), Reason.UNSUPPORTED_PROOF);
        }
    }

    @Test
    void unreadableProofValuesAreMalformed() {
        ObjectNode notMultibase = signed();
        ((ObjectNode) notMultibase.get("proof")).put("proofValue", "u_w3c");
        ObjectNode tooShort = signed();
        ((ObjectNode) tooShort.get("proof")).put("proofValue", Multibase.encodeBase58Btc(new byte[63]));
        ObjectNode noMethod = signed();
        ((ObjectNode) noMethod.get("proof")).remove("verificationMethod");
        ObjectNode badCreated = signed();
        ((ObjectNode) badCreated.get("proof")).put("created", "yesterday");

        for (ObjectNode secured : new ObjectNode[] {notMultibase, tooShort, noMethod, badCreated}) {
            assertRejected(secured, trustingSpecKey(), Reason.MALFORMED_PROOF);
        }
    }

    @Test
    void aDocumentContextThatDoesNotStartWithTheProofContextIsRejected() {
        ObjectNode reordered = signed();
        reordered.set("@context", MAPPER.createArrayNode()
                .add("https://www.w3.org/ns/credentials/examples/v2").add("https://www.w3.org/ns/credentials/v2"));
        ObjectNode shortened = signed();
        shortened.set("@context", MAPPER.createArrayNode().add("https://www.w3.org/ns/credentials/v2"));

        assertRejected(reordered, trustingSpecKey(), Reason.CONTEXT_MISMATCH);
        assertRejected(shortened, trustingSpecKey(), Reason.CONTEXT_MISMATCH);
    }

    @Test
    void aContextAppendedAfterSigningIsOutsideTheProofAsTheSpecDefines() {
        ObjectNode extended = signed();
        extended.withArray("@context").add("https://example.org/another/v1");

        assertThatCode(() -> EddsaJcs2022.verify(extended, trustingSpecKey())).doesNotThrowAnyException();
    }

    @Test
    void refusesToSignADocumentThatAlreadyHasAProof() {
        assertThatThrownBy(() -> EddsaJcs2022.sign(signed(), specKeys.getPrivate(), SPEC_METHOD, SPEC_CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesCreatedInWholeSeconds() throws Exception {
        ObjectNode secured = EddsaJcs2022.sign(unsigned(), specKeys.getPrivate(), SPEC_METHOD,
                Instant.parse("2026-11-23T01:02:03.456789Z"));

        assertThat(secured.get("proof").get("created").asText()).isEqualTo("2026-11-23T01:02:03Z");
        assertThatCode(() -> EddsaJcs2022.verify(secured, trustingSpecKey())).doesNotThrowAnyException();
    }

    private static ObjectNode unsigned() throws Exception {
        ObjectNode document = (ObjectNode) MAPPER.readTree(SPEC_SIGNED);
        document.remove("proof");
        return document;
    }

    private ObjectNode signed() {
        try {
            return EddsaJcs2022.sign(unsigned(), specKeys.getPrivate(), SPEC_METHOD, SPEC_CREATED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private VerificationMethodResolver trustingSpecKey() {
        return resolving(SPEC_METHOD, specKeys.getPublic());
    }

    private static VerificationMethodResolver resolving(String methodId, PublicKey key) {
        return id -> id.equals(methodId) ? Optional.of(key) : Optional.empty();
    }

    private static void assertRejected(ObjectNode secured, VerificationMethodResolver resolver, Reason reason) {
        assertThatThrownBy(() -> EddsaJcs2022.verify(secured, resolver))
                .isInstanceOfSatisfying(ProofVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
