package jp.esurety.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load: request {@code i} is due at {@code start + i / rate}, whatever happened to the earlier ones, and
 * its latency is measured from that intended start, not from when it was actually sent. A system that falls behind
 * is thus charged for the whole time a user would have waited (no coordinated omission). Each request runs on its
 * own virtual thread.
 */
public final class OpenLoop {

    /** One request; returns an outcome label such as the HTTP status ("200", "429", "error"). */
    @FunctionalInterface
    public interface Request {
        /**
         * @param index         0, 1, 2… in schedule order
         * @param intendedStart when it was due (wall clock), for latencies measured against other processes' clocks
         */
        String send(long index, Instant intendedStart) throws Exception;
    }

    /**
     * The outcome of a run.
     *
     * @param offered   requests scheduled
     * @param latencies from intended start to the answer, for every request
     * @param outcomes  requests by outcome label
     * @param elapsed   from the first intended start to the last answer
     * @param lateStart the largest delay between a request's intended and actual start (the driver's own lag)
     * @param notSent   requests never sent because the system fell too far behind (their latencies are missing
     *                  from {@code latencies}, so the percentiles flatter a saturated system: report both)
     */
    public record Result(long offered, Latencies latencies, Map<String, Long> outcomes, Duration elapsed,
                         Duration lateStart, long notSent) {

        /** @return answers per second over the run */
        public double throughput() {
            return elapsed.isZero() ? 0 : latencies.count() / (elapsed.toNanos() / 1e9);
        }

        /** @return requests with this outcome */
        public long count(String outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }
    }

    private OpenLoop() {
    }

    /** @return how many requests a run of {@code duration} at {@code ratePerSecond} offers */
    public static long requestCount(double ratePerSecond, Duration duration) {
        return Math.max(1, Math.round(ratePerSecond * duration.toNanos() / 1e9));
    }

    /** @return the intended start of request {@code index}, in nanoseconds after the run's start */
    public static long intendedOffsetNanos(long index, double ratePerSecond) {
        return Math.round(index * 1e9 / ratePerSecond);
    }

    /** Gives up on the rest of a run when a request would start more than this late. */
    static final Duration GIVE_UP_WHEN_LATE = Duration.ofSeconds(10);

    /**
     * Offers {@code ratePerSecond} requests per second for {@code duration} and waits for every answer. When the
     * system under test cannot keep up and a request would start more than {@link #GIVE_UP_WHEN_LATE} late, the rest
     * of the run is not sent (counted as "not sent"), so that a saturated system ends the run instead of
     * stretching it without bound.
     *
     * @param maxInFlight at most this many requests outstanding (like a client's connection pool); a request over
     *                    the limit waits, and the wait counts in its latency
     */
    public static Result run(double ratePerSecond, Duration duration, int maxInFlight, Request request) {
        return run(ratePerSecond, duration, maxInFlight, GIVE_UP_WHEN_LATE, request);
    }

    static Result run(double ratePerSecond, Duration duration, int maxInFlight, Duration giveUpWhenLate,
                      Request request) {
        long total = requestCount(ratePerSecond, duration);
        Latencies latencies = new Latencies();
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(maxInFlight);
        long lateStart = 0;
        long notSent = 0;
        Instant wallStart = Instant.now();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long offset = intendedOffsetNanos(i, ratePerSecond);
                long intended = start + offset;
                Instant intendedWall = wallStart.plusNanos(offset);
                parkUntil(intended);
                inFlight.acquireUninterruptibly();
                long late = System.nanoTime() - intended;
                lateStart = Math.max(lateStart, late);
                if (late > giveUpWhenLate.toNanos()) {
                    inFlight.release();
                    notSent = total - i;
                    break;
                }
                long index = i;
                threads.submit(() -> {
                    String outcome;
                    try {
                        outcome = request.send(index, intendedWall);
                    } catch (Exception e) {
                        outcome = "error: " + rootCause(e).getClass().getSimpleName();
                    } finally {
                        inFlight.release();
                    }
                    latencies.recordNanos(System.nanoTime() - intended);
                    outcomes.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
                });
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Long> counted = new TreeMap<>();
        outcomes.forEach((outcome, n) -> counted.put(outcome, n.get()));
        if (notSent > 0) {
            counted.put("not sent (over " + Goal.number(giveUpWhenLate.toMillis() / 1000.0) + " s behind schedule)",
                    notSent);
        }
        return new Result(total, latencies, counted, elapsed, Duration.ofNanos(lateStart), notSent);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void parkUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
