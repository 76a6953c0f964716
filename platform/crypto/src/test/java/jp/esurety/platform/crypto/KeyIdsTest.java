package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyIdsTest {

    @Test
    void isTheBase64urlOfTheFirstTwelveBytesOfTheSpkiHash() throws Exception {
        PublicKey key = MultikeyTest.specKeyPair().getPublic();
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());

        assertThat(KeyIds.of(key))
                .hasSize(16)
                .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 12)))
                .isEqualTo(KeyIds.of(Multikey.decode(MultikeyTest.SPEC_PUBLIC)));
    }

    @Test
    void differsBetweenKeys() {
        assertThat(KeyIds.of(KeyPairs.generateX25519().getPublic()))
                .isNotEqualTo(KeyIds.of(KeyPairs.generateX25519().getPublic()));
    }
}
