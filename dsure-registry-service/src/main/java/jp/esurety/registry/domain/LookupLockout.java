package jp.esurety.registry.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Brute-force rule of the lookup: after {@value #MAX_FAILURES} failed attempts in a row on one contract, the user is
 * locked out of that contract for {@link #LOCK_DURATION}. A success resets the count; so does the end of a lock.
 *
 * @param failures    failed attempts in a row (since the last success or the last lock)
 * @param lockedUntil end of the current lock, or null
 */
public record LookupLockout(int failures, Instant lockedUntil) {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(30);

    public static LookupLockout fresh() {
        return new LookupLockout(0, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The state after one more failed attempt at {@code now} (a lapsed lock starts a new count). */
    public LookupLockout afterFailure(Instant now) {
        int count = (lockedUntil != null && !now.isBefore(lockedUntil)) ? 1 : failures + 1;
        if (count >= MAX_FAILURES) {
            return new LookupLockout(count, now.plus(LOCK_DURATION));
        }
        return new LookupLockout(count, null);
    }

    public LookupLockout afterSuccess() {
        return fresh();
    }
}
