package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PepperedDigestTest {

    @Test
    void isBase64urlHmacSha256AsInRfc4231TestCaseSix() {
        byte[] pepper = new byte[131];
        Arrays.fill(pepper, (byte) 0xaa);

        assertThat(new PepperedDigest(pepper).digest("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("YOQxWR7gtn8Niiaqy_W3f44LxiE3KMUUBUYEDw7jf1Q");
    }

    @Test
    void matchesOnlyTheExactValueUnderTheSamePepper() {
        PepperedDigest digest = new PepperedDigest(SymmetricKeys.generate());
        String stored = digest.digest("Z28YUE4J3Bux");

        assertThat(stored).hasSize(43).doesNotContain("Z28YUE4J3Bux");
        assertThat(digest.matches("Z28YUE4J3Bux", stored)).isTrue();
        assertThat(digest.matches("z28YUE4J3Bux", stored)).isFalse();
        assertThat(digest.matches("Z28YUE4J3Bu", stored)).isFalse();
        assertThat(digest.matches("Z28YUE4J3Bux", null)).isFalse();
        assertThat(new PepperedDigest(SymmetricKeys.generate()).matches("Z28YUE4J3Bux", stored)).isFalse();
    }

    @Test
    void refusesShortPeppers() {
        assertThatThrownBy(() -> new PepperedDigest(new byte[16])).hasMessageContaining("32 bytes");
    }
}
