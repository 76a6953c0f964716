package jp.esurety.notification.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential back-off per delivery: after the n-th failed attempt wait {@code initial × 2^(n-1)}, at most
 * {@code max}; after {@code maxAttempts} failures the delivery is dead (ops look at it).
 */
public record RetryPolicy(Duration initial, Duration max, int maxAttempts) {

    public RetryPolicy {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("invalid retry policy " + initial + "/" + max + "/" + maxAttempts);
        }
    }

    /** The wait before the next attempt after {@code failedAttempts} failures; empty when the delivery is dead. */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(max) > 0 ? max : delay);
    }
}
