package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final byte[] SECRET = "Z28YUE4J3Bux".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AAD = "contract:10101-000001".getBytes(StandardCharsets.UTF_8);

    private final byte[] kek2025 = SymmetricKeys.generate();
    private final byte[] kek2026 = SymmetricKeys.generate();

    @Test
    void boxesAsCompactTextNamingTheKekAndOpensIt() {
        SecretBox box = new SecretBox("kek-2025", kek2025);

        String boxed = box.encrypt(SECRET, AAD);

        assertThat(boxed).matches("v1\\.kek-2025\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]+").doesNotContain("Z28YUE4J3Bux");
        assertThat(SecretBox.kekIdOf(boxed)).isEqualTo("kek-2025");
        assertThat(box.decrypt(boxed, AAD)).isEqualTo(SECRET);
        assertThat(box.encrypt(SECRET, AAD)).isNotEqualTo(boxed);
    }

    @Test
    void failsOnOtherAadOtherKeyOrAnyChange() {
        SecretBox box = new SecretBox("kek-2025", kek2025);
        String boxed = box.encrypt(SECRET, AAD);
        String[] parts = boxed.split("\\.");
        byte[] ciphertext = Base64Url.decode(parts[3]);
        ciphertext[ciphertext.length - 1] ^= 1;
        String flipped = String.join(".", parts[0], parts[1], parts[2], Base64Url.encode(ciphertext));

        assertThatThrownBy(() -> box.decrypt(boxed, "contract:10101-000002".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> new SecretBox("kek-2025", kek2026).decrypt(boxed, AAD))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> new SecretBox("kek-2026", kek2025).decrypt(boxed, AAD))
                .hasMessageContaining("kek-2025");
        assertThatThrownBy(() -> box.decrypt(flipped, AAD)).isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> box.decrypt("v2" + boxed.substring(2), AAD)).isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> box.decrypt("v1.kek-2025.!!.??", AAD)).isInstanceOf(DecryptionException.class);
    }

    @Test
    void keyringEncryptsWithTheActiveKekAndDecryptsWithTheNamedOne() {
        String old = new SecretBox("kek-2025", kek2025).encrypt(SECRET, AAD);
        SecretBox.Keyring keyring = new SecretBox.Keyring("kek-2026", Map.of("kek-2025", kek2025, "kek-2026", kek2026));

        String current = keyring.encrypt(SECRET, AAD);

        assertThat(SecretBox.kekIdOf(current)).isEqualTo("kek-2026");
        assertThat(keyring.decrypt(old, AAD)).isEqualTo(SECRET);
        assertThat(keyring.decrypt(current, AAD)).isEqualTo(SECRET);
        assertThat(keyring.isCurrent(old)).isFalse();
        assertThat(keyring.isCurrent(current)).isTrue();
    }

    @Test
    void rewrapMovesValuesToTheActiveKekSoTheOldOneCanBeDropped() {
        String old = new SecretBox("kek-2025", kek2025).encrypt(SECRET, AAD);
        SecretBox.Keyring rotating = new SecretBox.Keyring("kek-2026", Map.of("kek-2025", kek2025, "kek-2026", kek2026));

        String rewrapped = rotating.rewrap(old, AAD);

        assertThat(rotating.rewrap(rewrapped, AAD)).isSameAs(rewrapped);
        SecretBox.Keyring afterRotation = new SecretBox.Keyring("kek-2026", Map.of("kek-2026", kek2026));
        assertThat(afterRotation.decrypt(rewrapped, AAD)).isEqualTo(SECRET);
        assertThatThrownBy(() -> afterRotation.decrypt(old, AAD)).hasMessageContaining("not in the keyring");
    }

    @Test
    void rejectsBadKekIdsAndKeys() {
        assertThatThrownBy(() -> new SecretBox("kek.2025", kek2025)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretBox("kek-2025", new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretBox.Keyring("kek-2027", Map.of("kek-2025", kek2025)))
                .hasMessageContaining("kek-2027");
    }
}
