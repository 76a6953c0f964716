package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared vector in {@code docs/events/test-vectors} that issuance and the verifiers also check against. */
class ProjectTestVectorTest {

    private static final Path VECTOR = Path.of(System.getProperty("basedir", "."))
            .resolve("../../docs/events/test-vectors/eddsa-jcs-2022.json").normalize();

    private static JsonNode vector;
    private static KeyPair keys;

    @BeforeAll
    static void load() throws Exception {
        vector = new ObjectMapper().readTree(VECTOR.toFile());
        keys = KeyPairs.ed25519FromSeed(HexFormat.of().parseHex(vector.get("privateKeySeedHex").asText()));
    }

    @Test
    void theSeedBelongsToThePublishedPublicKey() {
        assertThat(Multikey.encode(keys.getPublic())).isEqualTo(vector.get("publicKeyMultibase").asText());
        assertThat(vector.get("verificationMethod").asText())
                .isEqualTo("https://surety.esurety.example.jp/issuers/higashi-nihon#" + KeyIds.of(keys.getPublic()));
    }

    @Test
    void signingTheUnsecuredCredentialGivesTheSecuredOne() {
        ObjectNode secured = EddsaJcs2022.sign((ObjectNode) vector.get("unsecured"), keys.getPrivate(),
                vector.get("verificationMethod").asText(), Instant.parse(vector.get("created").asText()));

        assertThat(secured).isEqualTo(vector.get("secured"));
    }

    @Test
    void theSecuredCredentialVerifiesWithThePublishedKeyOnly() {
        String method = vector.get("verificationMethod").asText();
        ObjectNode secured = (ObjectNode) vector.get("secured");
        ObjectNode altered = secured.deepCopy();
        ((ObjectNode) altered.get("credentialSubject")).put("guaranteeAmount", 120000000);

        VerificationMethodResolver published = id -> id.equals(method)
                ? Optional.of(Multikey.decode(vector.get("publicKeyMultibase").asText()))
                : Optional.empty();
        assertThatCode(() -> EddsaJcs2022.verify(secured, published)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EddsaJcs2022.verify(altered, published))
                .isInstanceOf(ProofVerificationException.class);
    }
}
