package jp.esurety.gateway;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The token bucket behind the gateway's rate limit. */
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, 2.0, now::get);

    @Test
    void aBurstUpToTheCapacityPassesThenTheBucketIsEmpty() {
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        OptionalLong wait = limiter.tryAcquire("a");
        assertThat(wait).isPresent();
        assertThat(wait.getAsLong()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(RateLimiter.retryAfterSeconds(wait.getAsLong())).isEqualTo(1);
    }

    @Test
    void theBucketRefillsAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isPresent();
        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a")).as("refilled up to the capacity, no more").isEmpty();
        }
        assertThat(limiter.tryAcquire("a")).isPresent();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        assertThat(limiter.tryAcquire("a")).isPresent();
        assertThat(limiter.tryAcquire("b")).isEmpty();
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        assertThat(RateLimiter.retryAfterSeconds(TimeUnit.MILLISECONDS.toNanos(1))).isEqualTo(1);
        assertThat(RateLimiter.retryAfterSeconds(TimeUnit.MILLISECONDS.toNanos(1500))).isEqualTo(2);
        assertThat(RateLimiter.retryAfterSeconds(TimeUnit.SECONDS.toNanos(3))).isEqualTo(3);
    }
}
