package jp.esurety.issuance.domain;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 認証キー: 12 characters, upper/lower-case letters and digits without the look-alikes 0 O 1 l I. */
class AuthenticationKeyTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void alphabetHasNoLookAlikes() {
        assertThat(AuthenticationKey.ALPHABET).doesNotContain("0", "O", "1", "l", "I");
        assertThat(AuthenticationKey.ALPHABET).hasSize(57);
        assertThat(AuthenticationKey.ALPHABET.chars().distinct().count()).isEqualTo(57);
    }

    @RepeatedTest(50)
    void generatedKeysAreTwelveCharactersOfTheAlphabet() {
        String key = AuthenticationKey.generate(random).reveal();
        assertThat(key).hasSize(12);
        assertThat(AuthenticationKey.isWellFormed(key)).isTrue();
    }

    @Test
    void everySymbolIsUsedAndKeysDoNotRepeat() {
        Set<Character> seen = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String key = AuthenticationKey.generate(random).reveal();
            keys.add(key);
            key.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).hasSize(57);
        assertThat(keys).hasSize(5_000);
    }

    @Test
    void theSeedsExampleIsWellFormedButLookAlikesAreNot() {
        assertThat(AuthenticationKey.isWellFormed("Z28YUE4J3Bux")).isTrue();
        assertThat(AuthenticationKey.isWellFormed("Z28YUE4J3B0x")).isFalse();
        assertThat(AuthenticationKey.isWellFormed("Z28YUE4J3Bu")).isFalse();
        assertThatThrownBy(() -> AuthenticationKey.of("lllllllllllI")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printingAKeyNeverShowsIt() {
        AuthenticationKey key = AuthenticationKey.of("Z28YUE4J3Bux");
        assertThat(key.toString()).doesNotContain("Z28YUE4J3Bux");
    }
}
