package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultibaseTest {

    @Test
    void encodesTheMultibaseSpecExamples() {
        assertThat(Multibase.encodeBase58Btc("Hello World!".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("z2NEpo7TZRRrLZSi2U");
        assertThat(Multibase.encodeBase58Btc("\0yes mani !".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("z17paNL19xttacUY");
        assertThat(Multibase.encodeBase58Btc("\0\0yes mani !".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("z117paNL19xttacUY");
    }

    @Test
    void decodesTheMultibaseSpecExamples() {
        assertThat(new String(Multibase.decodeBase58Btc("z2NEpo7TZRRrLZSi2U"), StandardCharsets.US_ASCII))
                .isEqualTo("Hello World!");
        assertThat(new String(Multibase.decodeBase58Btc("z117paNL19xttacUY"), StandardCharsets.US_ASCII))
                .isEqualTo("\0\0yes mani !");
    }

    @Test
    void roundTripsArbitraryBytesIncludingZerosAndEmpty() {
        Random random = new Random(7);
        for (int length = 0; length < 80; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            if (length % 5 == 0 && length > 1) {
                bytes[0] = 0;
                bytes[1] = 0;
            }
            assertThat(Multibase.decodeBase58Btc(Multibase.encodeBase58Btc(bytes))).isEqualTo(bytes);
        }
        assertThat(Multibase.encodeBase58Btc(new byte[0])).isEqualTo("z");
        assertThat(Multibase.encodeBase58Btc(new byte[3])).isEqualTo("z111");
    }

    @Test
    void rejectsOtherBasesAndCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> Multibase.decodeBase58Btc("uSGVsbG8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multibase.decodeBase58Btc("z2NEpo0")).hasMessageContaining("index 6");
        assertThatThrownBy(() -> Multibase.decodeBase58Btc("z2NEpoO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multibase.decodeBase58Btc("z2NEpo\u00e9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multibase.decodeBase58Btc("")).isInstanceOf(IllegalArgumentException.class);
    }
}
