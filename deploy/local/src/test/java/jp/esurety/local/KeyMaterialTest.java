package jp.esurety.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.crypto.KeyAgreement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.esurety.local.KeyMaterial.Secrets;

class KeyMaterialTest {

    @TempDir
    Path keys;

    @Test
    void signingKeyVerifiesWithTheIssuersAndTheRegistrysCopyOfThePublicKey() throws Exception {
        KeyMaterial.ensure(keys);
        byte[] message = "証書".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey("Ed25519", keys.resolve("issuance/signing-ed25519.pem")));
        signer.update(message);
        byte[] signature = signer.sign();

        for (Path publicKey : List.of(keys.resolve("issuance/signing-ed25519.pub.pem"),
                keys.resolve("registry/trusted-issuers/higashi-nihon.pub.pem"))) {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey("Ed25519", publicKey));
            verifier.update(message);
            assertThat(verifier.verify(signature)).as(publicKey.toString()).isTrue();
        }
    }

    @Test
    void issuanceSealsWithPublicKeysThatMatchTheConsumersPrivateKeys() throws Exception {
        KeyMaterial.ensure(keys);
        for (String consumer : List.of("registry", "notification")) {
            assertThat(Files.readString(keys.resolve(consumer + "/x25519.pub.pem")))
                    .isEqualTo(Files.readString(keys.resolve("issuance/" + consumer + "-x25519.pub.pem")));
            var ephemeral = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            byte[] senderSide = agree(ephemeral.getPrivate(),
                    publicKey("X25519", keys.resolve("issuance/" + consumer + "-x25519.pub.pem")));
            byte[] consumerSide = agree(privateKey("X25519", keys.resolve(consumer + "/x25519.pem")),
                    ephemeral.getPublic());
            assertThat(consumerSide).as(consumer).isEqualTo(senderSide);
        }
    }

    @Test
    void symmetricKeysAre256BitBase64AndEveryFileIsOwnerOnly() throws Exception {
        KeyMaterial.ensure(keys);
        for (Path key : List.of(keys.resolve("issuance/kek.key"), keys.resolve("registry/pepper.key"))) {
            assertThat(Base64.getDecoder().decode(Files.readString(key).strip())).hasSize(32);
        }
        try (Stream<Path> files = Files.walk(keys)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(PosixFilePermissions.toString(permissions(file)))
                        .as(file.toString()).isEqualTo("rw-------");
            }
        }
        try (Stream<Path> files = Files.walk(keys)) {
            assertThat(files.filter(Files::isDirectory).map(dir -> PosixFilePermissions.toString(permissions(dir))))
                    .containsOnly("rwx------");
        }
        try (Stream<Path> files = Files.list(keys.resolve("notification"))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("x25519.pem", "x25519.pub.pem");
        }
    }

    @Test
    void aSecondStartKeepsKeysAndSecrets() throws Exception {
        Secrets first = KeyMaterial.ensure(keys);
        byte[] signingKey = Files.readAllBytes(keys.resolve("issuance/signing-ed25519.pem"));

        Secrets second = KeyMaterial.ensure(keys);

        assertThat(Files.readAllBytes(keys.resolve("issuance/signing-ed25519.pem"))).isEqualTo(signingKey);
        assertThat(second).usingRecursiveComparison().isEqualTo(first);
        assertThat(List.of(first.gatewayClientSecret(), first.dsurePortalClientSecret(), first.gatewayCookieSecret()))
                .doesNotHaveDuplicates()
                .allSatisfy(secret -> assertThat(secret).hasSizeGreaterThanOrEqualTo(32));
        assertThat(first.toString()).doesNotContain(first.gatewayClientSecret());
    }

    private static Set<PosixFilePermission> permissions(Path path) {
        try {
            return Files.getPosixFilePermissions(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey privateKey(String algorithm, Path pem) throws Exception {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
    }

    private static PublicKey publicKey(String algorithm, Path pem) throws Exception {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
    }

    private static byte[] der(Path pem, String type) throws Exception {
        String text = Files.readString(pem);
        assertThat(text).startsWith("-----BEGIN " + type + "-----\n").endsWith("-----END " + type + "-----\n");
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
    }

    private static byte[] agree(PrivateKey own, PublicKey other) throws Exception {
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(own);
        agreement.doPhase(other, true);
        return agreement.generateSecret();
    }
}
