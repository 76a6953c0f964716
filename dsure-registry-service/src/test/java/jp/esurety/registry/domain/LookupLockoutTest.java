package jp.esurety.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LookupLockoutTest {

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void lockedAfterExactlyFiveFailuresInARow() {
        LookupLockout state = LookupLockout.fresh();
        for (int i = 1; i <= 4; i++) {
            state = state.afterFailure(T0.plusSeconds(i));
            assertThat(state.lockedAt(T0.plusSeconds(i))).as("after %d failures", i).isFalse();
        }
        state = state.afterFailure(T0.plusSeconds(5));
        assertThat(state.lockedAt(T0.plusSeconds(5))).isTrue();
        assertThat(state.lockedUntil()).isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(30)));
    }

    @Test
    void lockIsReleasedAfterThirtyMinutes() {
        LookupLockout state = LookupLockout.fresh();
        for (int i = 0; i < 5; i++) {
            state = state.afterFailure(T0);
        }
        assertThat(state.lockedAt(T0.plus(Duration.ofMinutes(30)).minusMillis(1))).isTrue();
        assertThat(state.lockedAt(T0.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void aFailureAfterALapsedLockStartsANewCount() {
        LookupLockout state = LookupLockout.fresh();
        for (int i = 0; i < 5; i++) {
            state = state.afterFailure(T0);
        }
        LookupLockout after = state.afterFailure(T0.plus(Duration.ofMinutes(31)));
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.lockedAt(T0.plus(Duration.ofMinutes(31)))).isFalse();
    }

    @Test
    void successResetsTheCount() {
        LookupLockout state = LookupLockout.fresh();
        for (int i = 0; i < 4; i++) {
            state = state.afterFailure(T0);
        }
        state = state.afterSuccess();
        for (int i = 0; i < 4; i++) {
            state = state.afterFailure(T0);
        }
        assertThat(state.lockedAt(T0)).isFalse();
    }
}
