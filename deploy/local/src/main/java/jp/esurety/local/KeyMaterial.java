package jp.esurety.local;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;

/**
 * Generates the key material of the local stack on first start, with plain JDK crypto, into {@code <data>/keys}:
 * one folder per service holding only what that service needs, files readable by the owner only. Existing
 * files are kept, so keys survive restarts.
 *
 * <pre>
 * issuance/     signing-ed25519.pem (PKCS#8), signing-ed25519.pub.pem, kek.key,
 *               registry-x25519.pub.pem, notification-x25519.pub.pem
 * registry/     x25519.pem (PKCS#8), pepper.key, trusted-issuers/higashi-nihon.pub.pem
 * notification/ x25519.pem (PKCS#8)
 * secrets.properties   OIDC client secrets and the gateway's cookie secret
 * </pre>
 */
final class KeyMaterial {

    static final String GATEWAY_CLIENT_SECRET = "gateway.client-secret";
    static final String DSURE_PORTAL_CLIENT_SECRET = "dsure-portal.client-secret";
    static final String GATEWAY_COOKIE_SECRET = "gateway.cookie-secret";

    private static final int SYMMETRIC_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private KeyMaterial() {
    }

    /**
     * Creates whatever is missing under {@code keysDir}.
     *
     * @param keysDir {@code <data>/keys}
     * @return the secrets that go to Keycloak and the gateway
     * @throws IllegalStateException when only one half of a key pair exists
     */
    static Secrets ensure(Path keysDir) {
        directory(keysDir);
        Path issuance = directory(keysDir.resolve("issuance"));
        Path registry = directory(keysDir.resolve("registry"));
        Path notification = directory(keysDir.resolve("notification"));

        keyPair("Ed25519", issuance.resolve("signing-ed25519.pem"), issuance.resolve("signing-ed25519.pub.pem"));
        keyPair("X25519", registry.resolve("x25519.pem"), issuance.resolve("registry-x25519.pub.pem"));
        keyPair("X25519", notification.resolve("x25519.pem"), issuance.resolve("notification-x25519.pub.pem"));
        randomKey(issuance.resolve("kek.key"));
        randomKey(registry.resolve("pepper.key"));
        // the registry trusts the issuer's signing key; refreshed in case the issuer's key was replaced
        Path trustedIssuers = directory(registry.resolve("trusted-issuers"));
        byte[] issuerPublicKey = read(issuance.resolve("signing-ed25519.pub.pem"));
        Path trusted = trustedIssuers.resolve("higashi-nihon.pub.pem");
        if (!Files.exists(trusted) || !Arrays.equals(read(trusted), issuerPublicKey)) {
            write(trusted, issuerPublicKey);
        }
        return secrets(keysDir.resolve("secrets.properties"));
    }

    private static void keyPair(String algorithm, Path privateFile, Path publicFile) {
        boolean havePrivate = Files.exists(privateFile);
        if (havePrivate && Files.exists(publicFile)) {
            return;
        }
        if (havePrivate || Files.exists(publicFile)) {
            throw new IllegalStateException("only one half of the " + algorithm + " key pair exists: " + privateFile
                    + " / " + publicFile + "; delete the folder " + privateFile.getParent().getParent()
                    + " to generate all keys anew");
        }
        KeyPair pair = generate(algorithm);
        write(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        write(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static KeyPair generate(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        }
    }

    /** PEM text: PKCS#8 for private keys, X.509 SubjectPublicKeyInfo for public keys. */
    private static byte[] pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A 256-bit key as Base64 text without a line break. */
    private static void randomKey(Path file) {
        if (!Files.exists(file)) {
            write(file, Base64.getEncoder().encodeToString(randomBytes()).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static Secrets secrets(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        boolean changed = false;
        for (String name : new String[] {GATEWAY_CLIENT_SECRET, DSURE_PORTAL_CLIENT_SECRET, GATEWAY_COOKIE_SECRET}) {
            if (properties.getProperty(name, "").isBlank()) {
                properties.setProperty(name, Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes()));
                changed = true;
            }
        }
        if (changed) {
            Writer text = new StringWriter();
            try {
                properties.store(text, "Generated by deploy/local; local use only, never commit");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Secrets(properties.getProperty(GATEWAY_CLIENT_SECRET),
                properties.getProperty(DSURE_PORTAL_CLIENT_SECRET), properties.getProperty(GATEWAY_COOKIE_SECRET));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[SYMMETRIC_KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Path directory(Path dir) {
        try {
            Files.createDirectories(dir);
            if (POSIX) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes owner-only, through a temporary file, so a crash never leaves half a key. */
    private static void write(Path file, byte[] content) {
        try {
            Path temporary = Files.createTempFile(file.getParent(), ".new-", ".tmp");
            if (POSIX) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Secrets shared between Keycloak and a client, or private to the gateway.
     *
     * @param gatewayClientSecret     the {@code gateway} client's secret in realm {@code netdesk}
     * @param dsurePortalClientSecret the {@code dsure-portal} client's secret in realm {@code dsure}
     * @param gatewayCookieSecret     the key the gateway encrypts its session cookie with
     */
    record Secrets(String gatewayClientSecret, String dsurePortalClientSecret, String gatewayCookieSecret) {

        @Override
        public String toString() {
            return "Secrets[***]";
        }
    }
}
