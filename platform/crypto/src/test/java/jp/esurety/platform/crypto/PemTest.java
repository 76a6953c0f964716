package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemTest {

    /** RFC 8410 §10.3: the PKCS#8 encoding of an Ed25519 private key, as OpenSSL writes it. */
    private static final String RFC8410_PRIVATE = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC
            -----END PRIVATE KEY-----
            """;
    /** RFC 8410 §10.1: an Ed25519 public key as SubjectPublicKeyInfo. */
    private static final String RFC8410_PUBLIC = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=
            -----END PUBLIC KEY-----
            """;

    @Test
    void readsTheRfc8410Examples() {
        assertThat(Pem.encode(Pem.decodePrivateKey(RFC8410_PRIVATE))).isEqualTo(RFC8410_PRIVATE);
        assertThat(HexFormat.of().formatHex(KeyPairs.raw(Pem.decodePublicKey(RFC8410_PUBLIC))))
                .isEqualTo("19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1");
    }

    @Test
    void roundTripsEd25519AndX25519KeysThroughFiles(@TempDir Path directory) {
        for (KeyPair pair : new KeyPair[] {KeyPairs.generateEd25519(), KeyPairs.generateX25519()}) {
            Path privateFile = directory.resolve(pair.getPublic().getAlgorithm() + "-private.pem");
            Path publicFile = directory.resolve(pair.getPublic().getAlgorithm() + "-public.pem");

            Pem.write(privateFile, pair.getPrivate());
            Pem.write(publicFile, pair.getPublic());

            assertThat(Pem.readPrivateKey(privateFile)).isEqualTo(pair.getPrivate());
            assertThat(Pem.readPublicKey(publicFile)).isEqualTo(pair.getPublic());
        }
    }

    @Test
    void writesPrivateKeysOwnerOnly(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("keys/signing.pem");

        Pem.write(file, KeyPairs.generateEd25519().getPrivate());
        Pem.write(file, KeyPairs.generateEd25519().getPrivate());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void rejectsTheWrongBlockAndOtherAlgorithms() throws Exception {
        assertThatThrownBy(() -> Pem.decodePrivateKey(RFC8410_PUBLIC)).hasMessageContaining("PRIVATE KEY");
        assertThatThrownBy(() -> Pem.decodePublicKey("no pem here")).isInstanceOf(IllegalArgumentException.class);
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
        assertThatThrownBy(() -> Pem.encode(ec.getPrivate())).hasMessageContaining("neither Ed25519 nor X25519");
        assertThatThrownBy(() -> Pem.decodePublicKey(Pem.encode(KeyPairs.generateEd25519().getPublic())
                .replace("MCowBQYDK2Vw", "MCowBQYDK2Vx"))).isInstanceOf(IllegalArgumentException.class);
    }
}
