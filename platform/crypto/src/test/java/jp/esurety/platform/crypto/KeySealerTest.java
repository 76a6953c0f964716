package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeySealerTest {

    private static final byte[] SECRET = "Z28YUE4J3Bux".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AAD = "10101-000001/1".getBytes(StandardCharsets.UTF_8);

    private final KeyPair registry = KeyPairs.generateX25519();
    private final String registryKid = KeyIds.of(registry.getPublic());

    @Test
    void roundTripsForTheRecipient() {
        SealedSecret sealed = KeySealer.seal(SECRET, registryKid, registry.getPublic(), AAD);

        assertThat(sealed.alg()).isEqualTo("ECDH-ES+X25519+HKDF-SHA256+A256GCM");
        assertThat(sealed.kid()).isEqualTo(registryKid);
        assertThat(KeySealer.unseal(sealed, registry.getPrivate(), AAD)).isEqualTo(SECRET);
    }

    @Test
    void usesAFreshEphemeralKeyAndIvEachTime() {
        SealedSecret first = KeySealer.seal(SECRET, registryKid, registry.getPublic(), AAD);
        SealedSecret second = KeySealer.seal(SECRET, registryKid, registry.getPublic(), AAD);

        assertThat(second.epk()).isNotEqualTo(first.epk());
        assertThat(second.iv()).isNotEqualTo(first.iv());
        assertThat(second.ct()).isNotEqualTo(first.ct());
    }

    @Test
    void anotherPrivateKeyCannotUnseal() {
        SealedSecret sealed = KeySealer.seal(SECRET, registryKid, registry.getPublic(), AAD);
        KeyPair notification = KeyPairs.generateX25519();

        assertThatThrownBy(() -> KeySealer.unseal(sealed, notification.getPrivate(), AAD))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void otherAssociatedDataCannotUnseal() {
        SealedSecret sealed = KeySealer.seal(SECRET, registryKid, registry.getPublic(), AAD);
        byte[] otherCertificate = "10101-000002/1".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> KeySealer.unseal(sealed, registry.getPrivate(), otherCertificate))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void anyChangedFieldIsDetected() {
        SealedSecret sealed = KeySealer.seal(SECRET, registryKid, registry.getPublic(), AAD);
        SealedSecret flippedCiphertext = new SealedSecret(sealed.alg(), sealed.kid(), sealed.epk(), sealed.iv(),
                flipFirstBit(sealed.ct()));
        SealedSecret flippedIv = new SealedSecret(sealed.alg(), sealed.kid(), sealed.epk(), flipFirstBit(sealed.iv()),
                sealed.ct());
        SealedSecret otherEpk = new SealedSecret(sealed.alg(), sealed.kid(),
                Base64Url.encode(KeyPairs.raw(KeyPairs.generateX25519().getPublic())), sealed.iv(), sealed.ct());
        SealedSecret otherKid = new SealedSecret(sealed.alg(), "another-kid", sealed.epk(), sealed.iv(), sealed.ct());
        SealedSecret otherAlg = new SealedSecret("ECDH-ES+A256KW", sealed.kid(), sealed.epk(), sealed.iv(),
                sealed.ct());
        SealedSecret smallOrderEpk = new SealedSecret(sealed.alg(), sealed.kid(), Base64Url.encode(new byte[32]),
                sealed.iv(), sealed.ct());

        for (SealedSecret tampered : new SealedSecret[] {
                flippedCiphertext, flippedIv, otherEpk, otherKid, otherAlg, smallOrderEpk}) {
            assertThatThrownBy(() -> KeySealer.unseal(tampered, registry.getPrivate(), AAD))
                    .isInstanceOf(DecryptionException.class);
        }
    }

    @Test
    void serialisesAsAFlatJsonObjectThatDoesNotShowTheSecret() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        SealedSecret sealed = KeySealer.seal(SECRET, registryKid, registry.getPublic(), AAD);

        String json = mapper.writeValueAsString(sealed);

        assertThat(mapper.readTree(json).properties()).extracting(Map.Entry::getKey)
                .containsExactly("alg", "kid", "epk", "iv", "ct");
        assertThat(json).doesNotContain("Z28YUE4J3Bux")
                .doesNotContain(Base64Url.encode(SECRET))
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET));
        assertThat(KeySealer.unseal(mapper.readValue(json, SealedSecret.class), registry.getPrivate(), AAD))
                .isEqualTo(SECRET);
    }

    @Test
    void refusesARecipientKeyThatIsNotX25519() {
        assertThatThrownBy(() -> KeySealer.seal(SECRET, registryKid, KeyPairs.generateEd25519().getPublic(), AAD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String flipFirstBit(String base64url) {
        byte[] bytes = Base64Url.decode(base64url);
        bytes[0] ^= 1;
        return Base64Url.encode(bytes);
    }
}
