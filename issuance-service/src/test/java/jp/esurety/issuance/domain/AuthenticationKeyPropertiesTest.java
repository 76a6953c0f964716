package jp.esurety.issuance.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** 認証キー properties (jqwik): alphabet and length always hold, look-alikes never pass, keys do not repeat. */
class AuthenticationKeyPropertiesTest {

    /** A deterministic stand-in for SecureRandom so jqwik can shrink and replay failures. */
    private static SecureRandom seeded(long seed) {
        Random r = new Random(seed);
        return new SecureRandom() {
            @Override
            public int nextInt(int bound) {
                return r.nextInt(bound);
            }
        };
    }

    @Property(tries = 500)
    void everyGeneratedKeyIsTwelveCharactersOfTheAlphabet(@ForAll long seed) {
        String key = AuthenticationKey.generate(seeded(seed)).reveal();
        assertThat(key).hasSize(AuthenticationKey.LENGTH);
        assertThat(key.chars()).allMatch(c -> AuthenticationKey.ALPHABET.indexOf(c) >= 0);
        assertThat(AuthenticationKey.of(key).reveal()).isEqualTo(key);
    }

    @Property(tries = 500)
    void aKeyWithALookAlikeOrForeignCharacterIsNeverWellFormed(@ForAll("wellFormed") String key,
                                                               @ForAll @IntRange(min = 0, max = 11) int position,
                                                               @ForAll("foreign") char foreign) {
        String broken = key.substring(0, position) + foreign + key.substring(position + 1);
        assertThat(AuthenticationKey.isWellFormed(broken)).isFalse();
    }

    @Property(tries = 20)
    void keysFromSecureRandomDoNotRepeat(@ForAll @IntRange(min = 1_000, max = 5_000) int count) {
        SecureRandom random = new SecureRandom();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < count; i++) {
            keys.add(AuthenticationKey.generate(random).reveal());
        }
        assertThat(keys).hasSize(count);
    }

    @Provide
    Arbitrary<String> wellFormed() {
        return Arbitraries.strings().withChars(AuthenticationKey.ALPHABET.toCharArray()).ofLength(12);
    }

    @Provide
    Arbitrary<Character> foreign() {
        return Arbitraries.oneOf(Arbitraries.of('0', 'O', '1', 'l', 'I', '-', ' ', 'あ', '０'),
                Arbitraries.chars().filter(c -> AuthenticationKey.ALPHABET.indexOf(c) < 0));
    }
}
