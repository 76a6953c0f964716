package jp.esurety.platform.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceKeyMaterialTest {

    @Test
    void eachServiceGetsOnlyItsOwnKeysAndTheyFitTogether(@TempDir Path root) throws Exception {
        ServiceKeyMaterial.generateIfAbsent(root);

        try (var files = Files.walk(root.resolve("issuance"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .doesNotContain("x25519.pem", "pepper.key");
        }
        byte[] aad = "10101-000001".getBytes(StandardCharsets.US_ASCII);
        SealedSecret forRegistry = KeySealer.seal("Z28YUE4J3Bux".getBytes(StandardCharsets.US_ASCII),
                KeyIds.of(Pem.readPublicKey(root.resolve("issuance/registry-x25519.pub.pem"))),
                Pem.readPublicKey(root.resolve("issuance/registry-x25519.pub.pem")), aad);
        assertThat(new String(KeySealer.unseal(forRegistry, Pem.readPrivateKey(root.resolve("registry/x25519.pem")), aad),
                StandardCharsets.US_ASCII)).isEqualTo("Z28YUE4J3Bux");
        assertThat(Pem.readPublicKey(root.resolve("registry/trusted-issuers/higashi-nihon.pub.pem")))
                .isEqualTo(Pem.readPublicKey(root.resolve("issuance/signing-ed25519.pub.pem")));
    }

    @Test
    void existingMaterialIsKeptOnTheNextStart(@TempDir Path root) throws Exception {
        ServiceKeyMaterial.generateIfAbsent(root);
        String kek = Files.readString(root.resolve("issuance/kek.key"));

        ServiceKeyMaterial.generateIfAbsent(root);

        assertThat(Files.readString(root.resolve("issuance/kek.key"))).isEqualTo(kek);
    }
}
