package jp.esurety.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Capacity: a fixed number of clients, each sending its next request as soon as the previous one is answered, for a
 * fixed time. The answers per second are the most the service delivers at that concurrency — the throughput to
 * compare two endpoints by. (Latencies of a closed loop hide queueing, so they are not reported from here; the open
 * model measures latency.)
 */
final class ClosedLoop {

    /**
     * @param clients    concurrent clients
     * @param answers    answers by outcome label within the measured time
     * @param elapsed    the measured time
     */
    record Result(int clients, Map<String, Long> answers, Duration elapsed) {

        /** @return answers with this outcome per second */
        double perSecond(String outcome) {
            return elapsed.isZero() ? 0 : answers.getOrDefault(outcome, 0L) / (elapsed.toNanos() / 1e9);
        }
    }

    private ClosedLoop() {
    }

    static Result run(int clients, Duration duration, OpenLoop.Request request) {
        Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Runnable> loops = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                loops.add(() -> {
                    while (System.nanoTime() < end) {
                        String outcome;
                        try {
                            outcome = request.send(sequence.getAndIncrement(), java.time.Instant.now());
                        } catch (Exception e) {
                            outcome = "error: " + e.getClass().getSimpleName();
                        }
                        // an answer that arrives after the end does not count: the time is fixed
                        if (System.nanoTime() <= end) {
                            answers.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
                        }
                    }
                });
            }
            loops.forEach(threads::submit);
        }
        Map<String, Long> counted = new TreeMap<>();
        answers.forEach((outcome, n) -> counted.put(outcome, n.get()));
        return new Result(clients, counted, duration);
    }
}
