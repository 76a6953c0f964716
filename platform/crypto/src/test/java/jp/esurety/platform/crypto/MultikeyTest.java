package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MultikeyTest {

    /** The key pair of the W3C vc-di-eddsa test vectors (TestVectors/keyPair.json). */
    static final String SPEC_PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    static final String SPEC_PRIVATE = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";

    /** The spec's private multikey is multicodec ed25519-priv (varint 0x1300 = 0x80 0x26) + the 32-byte seed. */
    static KeyPair specKeyPair() {
        byte[] privateMultikey = Multibase.decodeBase58Btc(SPEC_PRIVATE);
        assertThat(Arrays.copyOf(privateMultikey, 2)).containsExactly(0x80, 0x26);
        return KeyPairs.ed25519FromSeed(Arrays.copyOfRange(privateMultikey, 2, privateMultikey.length));
    }

    @Test
    void encodesTheSpecPublicKeyFromItsPrivateSeed() {
        assertThat(Multikey.encode(specKeyPair().getPublic())).isEqualTo(SPEC_PUBLIC);
    }

    @Test
    void decodesWhatItEncodes() {
        KeyPair pair = KeyPairs.generateEd25519();

        String multikey = Multikey.encode(pair.getPublic());

        assertThat(multikey).startsWith("z6Mk");
        assertThat(Multikey.decode(multikey)).isEqualTo(pair.getPublic());
        assertThat(Multikey.decode(SPEC_PUBLIC)).isEqualTo(specKeyPair().getPublic());
    }

    @Test
    void rejectsOtherMulticodecsAndKeys() {
        assertThatThrownBy(() -> Multikey.decode(SPEC_PRIVATE)).hasMessageContaining("0xed01");
        assertThatThrownBy(() -> Multikey.encode(KeyPairs.generateX25519().getPublic()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
