package jp.esurety.issuance.config;

import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.platform.crypto.KeyIds;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.crypto.SecretBox;
import jp.esurety.platform.crypto.SymmetricKeys;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key material issuance holds: the Ed25519 signing key, the KEKs for authentication keys at rest, and the X25519
 * public keys of the consumers it seals keys for (registry, notification). Read once from {@code keys-dir}.
 */
@ApplicationScoped
public class IssuanceKeys {

    /** A consumer that receives the authentication key sealed to its own public key. */
    public record Recipient(String name, String kid, PublicKey publicKey) {
    }

    private final PrivateKey signingKey;
    private final PublicKey verificationKey;
    private final String verificationMethod;
    private final SecretBox.Keyring keyBox;
    private final List<Recipient> recipients;

    public IssuanceKeys(IssuanceConfig config) {
        Path dir = config.keysDir();
        this.signingKey = Pem.readPrivateKey(dir.resolve("signing-ed25519.pem"));
        this.verificationKey = Pem.readPublicKey(dir.resolve("signing-ed25519.pub.pem"));
        this.verificationMethod = config.issuerId() + "#" + KeyIds.of(verificationKey);
        Map<String, byte[]> keks = new LinkedHashMap<>();
        keks.put(config.kekId(), SymmetricKeys.read(dir.resolve("kek.key")));
        for (String retired : config.retiredKekIds().orElse(List.of())) {
            keks.put(retired, SymmetricKeys.read(dir.resolve("kek." + retired + ".key")));
        }
        this.keyBox = new SecretBox.Keyring(config.kekId(), keks);
        this.recipients = List.of(recipient("registry", dir.resolve("registry-x25519.pub.pem")),
                recipient("notification", dir.resolve("notification-x25519.pub.pem")));
    }

    private static Recipient recipient(String name, Path file) {
        PublicKey key = Pem.readPublicKey(file);
        return new Recipient(name, KeyIds.of(key), key);
    }

    public PrivateKey signingKey() {
        return signingKey;
    }

    public PublicKey verificationKey() {
        return verificationKey;
    }

    public String verificationMethod() {
        return verificationMethod;
    }

    /** Encrypts under the active KEK ({@code kek.key}), decrypts under it or a retired one. */
    public SecretBox.Keyring keyBox() {
        return keyBox;
    }

    public List<Recipient> recipients() {
        return recipients;
    }
}
