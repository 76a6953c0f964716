package jp.esurety.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per key: each holds up to {@code capacity} tokens, refilled at {@code refillPerSecond}; a
 * request takes one. Idle buckets (full again) are dropped when the table grows, so it stays small.
 */
final class RateLimiter {

    private static final int PRUNE_ABOVE = 10_000;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double capacity;
    private final double refillPerNano;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int capacity, double refillPerSecond, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / NANOS_PER_SECOND;
        this.nanoClock = nanoClock;
    }

    /** Takes a token for the key; empty if one was there, else how long until the next one. */
    OptionalLong tryAcquire(String key) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
    }

    /** Seconds a refused caller should wait (for {@code Retry-After}), at least one. */
    static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + (waitNanos % NANOS_PER_SECOND == 0 ? 0 : 1));
    }

    private final class Bucket {
        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized OptionalLong take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.ceil((1 - tokens) / refillPerNano));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * refillPerNano);
            updated = now;
        }
    }
}
