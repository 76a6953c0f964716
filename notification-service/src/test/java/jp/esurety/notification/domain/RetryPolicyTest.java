package jp.esurety.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retries of a mail delivery back off exponentially, capped, and end in the dead state. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);

    @Test
    void backOffDoublesPerFailedAttemptUpToTheCap() {
        assertThat(policy.delayAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).contains(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(3)).contains(Duration.ofSeconds(120));
        assertThat(policy.delayAfter(4)).contains(Duration.ofSeconds(240));
        assertThat(policy.delayAfter(5)).contains(Duration.ofMinutes(5));
    }

    @Test
    void deliveryIsDeadAfterTheLastAttempt() {
        assertThat(policy.delayAfter(6)).isEmpty();
        assertThat(policy.delayAfter(7)).isEmpty();
    }

    @Test
    void manyFailuresNeverOverflowTheCap() {
        RetryPolicy longLived = new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), 1000);
        assertThat(longLived.delayAfter(999)).contains(Duration.ofHours(1));
    }

    @Test
    void aPolicyNeedsAtLeastOneAttemptAndACapAboveTheFirstWait() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(10), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
