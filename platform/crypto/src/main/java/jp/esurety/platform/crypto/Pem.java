package jp.esurety.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM text (RFC 7468) for Ed25519 and X25519 keys: private keys as PKCS#8 {@code PRIVATE KEY}, public keys as
 * X.509 SubjectPublicKeyInfo {@code PUBLIC KEY} — the same files {@code openssl genpkey -algorithm ed25519}
 * writes. Private key files are written readable by their owner only.
 */
public final class Pem {

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final List<String> ALGORITHMS = List.of("Ed25519", "X25519");
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");
    private static final Base64.Encoder BODY_ENCODER =
            Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private Pem() {
    }

    /** PEM text of an Ed25519 or X25519 key: {@code PRIVATE KEY} for private keys, {@code PUBLIC KEY} otherwise. */
    public static String encode(Key key) {
        // Re-parsing the encoding is how the curve is told: the JDK names keys by family ("EdDSA", "XDH").
        String label = switch (key) {
            case PrivateKey privateKey -> {
                decodePrivateKey(privateKey.getEncoded());
                yield PRIVATE_LABEL;
            }
            case PublicKey publicKey -> {
                decodePublicKey(publicKey.getEncoded());
                yield PUBLIC_LABEL;
            }
            default -> throw new IllegalArgumentException("not an asymmetric key: " + key.getAlgorithm());
        };
        return "-----BEGIN " + label + "-----\n" + BODY_ENCODER.encodeToString(key.getEncoded())
                + "\n-----END " + label + "-----\n";
    }

    /** The Ed25519 or X25519 private key of a PEM {@code PRIVATE KEY} block. */
    public static PrivateKey decodePrivateKey(String pem) {
        return decodePrivateKey(body(pem, PRIVATE_LABEL));
    }

    /** The Ed25519 or X25519 public key of a PEM {@code PUBLIC KEY} block. */
    public static PublicKey decodePublicKey(String pem) {
        return decodePublicKey(body(pem, PUBLIC_LABEL));
    }

    /** {@link #decodePrivateKey(String)} of a file's text. */
    public static PrivateKey readPrivateKey(Path file) {
        return decodePrivateKey(read(file));
    }

    /** {@link #decodePublicKey(String)} of a file's text. */
    public static PublicKey readPublicKey(Path file) {
        return decodePublicKey(read(file));
    }

    /** Writes {@link #encode(Key)}; a private key file is owner-only (0600 on POSIX), replaced atomically. */
    public static void write(Path file, Key key) {
        String pem = encode(key);
        if (key instanceof PrivateKey) {
            SecretFiles.writeOwnerOnly(file, pem);
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static PrivateKey decodePrivateKey(byte[] pkcs8) {
        return decode(factory -> factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)), PRIVATE_LABEL);
    }

    private static PublicKey decodePublicKey(byte[] spki) {
        return decode(factory -> factory.generatePublic(new X509EncodedKeySpec(spki)), PUBLIC_LABEL);
    }

    private static byte[] body(String pem, String label) {
        Matcher block = BLOCK.matcher(pem);
        if (!block.find() || !block.group(1).equals(label)) {
            throw new IllegalArgumentException("no PEM " + label + " block");
        }
        return Base64.getMimeDecoder().decode(block.group(2));
    }

    private static <K extends Key> K decode(KeyParser<K> parser, String label) {
        for (String algorithm : ALGORITHMS) {
            try {
                return parser.parse(KeyFactory.getInstance(algorithm));
            } catch (GeneralSecurityException e) {
                // not this curve: try the next one
            }
        }
        throw new IllegalArgumentException(label + " is neither Ed25519 nor X25519");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @FunctionalInterface
    private interface KeyParser<K extends Key> {
        K parse(KeyFactory factory) throws GeneralSecurityException;
    }
}
