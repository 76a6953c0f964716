package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeyPairsTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void derivesTheRfc8032TestOneKeyPairFromItsSeed() throws Exception {
        KeyPair pair = KeyPairs.ed25519FromSeed(
                HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

        assertThat(HEX.formatHex(KeyPairs.raw(pair.getPublic())))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        assertThat(HEX.formatHex(signer.sign())).isEqualTo("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e0652"
                + "24901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    @Test
    void rawPublicKeysRoundTrip() {
        KeyPair signing = KeyPairs.generateEd25519();
        KeyPair agreement = KeyPairs.generateX25519();

        assertThat(KeyPairs.ed25519PublicKey(KeyPairs.raw(signing.getPublic()))).isEqualTo(signing.getPublic());
        assertThat(KeyPairs.x25519PublicKey(KeyPairs.raw(agreement.getPublic()))).isEqualTo(agreement.getPublic());
    }

    @Test
    void derivesTheX25519PublicKeyFromThePrivateKey() {
        KeyPair pair = KeyPairs.generateX25519();

        assertThat(KeyPairs.x25519PublicKeyOf(pair.getPrivate())).isEqualTo(pair.getPublic());
    }

    @Test
    void rejectsWrongLengthsAndOtherAlgorithms() throws Exception {
        assertThatThrownBy(() -> KeyPairs.ed25519FromSeed(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyPairs.ed25519PublicKey(new byte[33])).isInstanceOf(IllegalArgumentException.class);
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
        assertThatThrownBy(() -> KeyPairs.raw(ec.getPublic())).isInstanceOf(IllegalArgumentException.class);
    }
}
