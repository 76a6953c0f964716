package jp.esurety.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

/**
 * Generates the key material of a whole deployment into one folder, one sub-folder per service so each is handed
 * only what it needs: issuance signs and seals, the registry and notification unseal, the registry digests keys with
 * its pepper and trusts the issuer's public key. Used by the local stack and by tests; Kubernetes uses Secrets.
 *
 * <pre>
 * issuance/      signing-ed25519.pem, signing-ed25519.pub.pem, kek.key,
 *                registry-x25519.pub.pem, notification-x25519.pub.pem
 * registry/      x25519.pem, x25519.pub.pem, pepper.key, trusted-issuers/higashi-nihon.pub.pem
 * notification/  x25519.pem, x25519.pub.pem
 * </pre>
 */
public final class ServiceKeyMaterial {

    /** The file name (without .pub.pem) of the demo issuer's key in the registry's trust seed. */
    public static final String SEED_ISSUER_KEY_NAME = "higashi-nihon";

    private ServiceKeyMaterial() {
    }

    /** Creates the layout under {@code root} unless it exists already; returns {@code root}. */
    public static Path generateIfAbsent(Path root) {
        Path issuance = root.resolve("issuance");
        if (Files.exists(issuance.resolve("signing-ed25519.pem"))) {
            return root;
        }
        try {
            Path registry = root.resolve("registry");
            Path notification = root.resolve("notification");
            Files.createDirectories(issuance);
            Files.createDirectories(registry.resolve("trusted-issuers"));
            Files.createDirectories(notification);

            KeyPair signing = KeyPairs.generateEd25519();
            KeyPair registrySealing = KeyPairs.generateX25519();
            KeyPair notificationSealing = KeyPairs.generateX25519();

            Pem.write(issuance.resolve("signing-ed25519.pub.pem"), signing.getPublic());
            SymmetricKeys.write(issuance.resolve("kek.key"), SymmetricKeys.generate());
            Pem.write(issuance.resolve("registry-x25519.pub.pem"), registrySealing.getPublic());
            Pem.write(issuance.resolve("notification-x25519.pub.pem"), notificationSealing.getPublic());

            Pem.write(registry.resolve("x25519.pem"), registrySealing.getPrivate());
            Pem.write(registry.resolve("x25519.pub.pem"), registrySealing.getPublic());
            SymmetricKeys.write(registry.resolve("pepper.key"), SymmetricKeys.generate());
            Pem.write(registry.resolve("trusted-issuers").resolve(SEED_ISSUER_KEY_NAME + ".pub.pem"), signing.getPublic());

            Pem.write(notification.resolve("x25519.pem"), notificationSealing.getPrivate());
            Pem.write(notification.resolve("x25519.pub.pem"), notificationSealing.getPublic());

            // written last: its presence marks a complete layout
            Pem.write(issuance.resolve("signing-ed25519.pem"), signing.getPrivate());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create key material in " + root, e);
        }
    }
}
