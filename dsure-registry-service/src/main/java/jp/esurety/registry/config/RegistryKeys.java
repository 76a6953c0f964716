package jp.esurety.registry.config;

import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.platform.crypto.KeyIds;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.crypto.PepperedDigest;
import jp.esurety.platform.crypto.SymmetricKeys;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;

/** The registry's own key material: its X25519 unsealing key and the pepper of its key digests. */
@ApplicationScoped
public class RegistryKeys {

    private final PrivateKey unsealingKey;
    private final String unsealingKid;
    private final PepperedDigest keyDigest;
    private final Path trustedIssuersDir;
    private final java.security.KeyPair logKey;

    public RegistryKeys(RegistryConfig config) {
        Path dir = config.keysDir();
        this.unsealingKey = Pem.readPrivateKey(dir.resolve("x25519.pem"));
        PublicKey publicKey = Pem.readPublicKey(dir.resolve("x25519.pub.pem"));
        this.unsealingKid = KeyIds.of(publicKey);
        this.keyDigest = new PepperedDigest(SymmetricKeys.read(dir.resolve("pepper.key")));
        this.trustedIssuersDir = dir.resolve("trusted-issuers");
        this.logKey = logKey(dir);
    }

    /** The Merkle log's own Ed25519 key ({@code log-ed25519.pem}), generated on first start when absent. */
    private static java.security.KeyPair logKey(Path dir) {
        Path privateFile = dir.resolve("log-ed25519.pem");
        Path publicFile = dir.resolve("log-ed25519.pub.pem");
        synchronized (RegistryKeys.class) {
            if (!java.nio.file.Files.exists(privateFile)) {
                java.security.KeyPair generated = jp.esurety.platform.crypto.KeyPairs.generateEd25519();
                Pem.write(publicFile, generated.getPublic());
                Pem.write(privateFile, generated.getPrivate());
            }
        }
        return new java.security.KeyPair(Pem.readPublicKey(publicFile), Pem.readPrivateKey(privateFile));
    }

    /** Signs the Merkle log's tree heads. */
    public PrivateKey logSigningKey() {
        return logKey.getPrivate();
    }

    public PublicKey logPublicKey() {
        return logKey.getPublic();
    }

    public PrivateKey unsealingKey() {
        return unsealingKey;
    }

    public String unsealingKid() {
        return unsealingKid;
    }

    public PepperedDigest keyDigest() {
        return keyDigest;
    }

    public Path trustedIssuersDir() {
        return trustedIssuersDir;
    }
}
