package jp.esurety.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * P3: the offered application rate is stepped up (open model); consumer lag of every service group is sampled every
 * second throughout and after the load until it drains. A step "holds" when ≥ 99 % of its submissions were accepted
 * and the total lag did not keep growing in its second half; the steps stop at the first that does not hold.
 */
final class Pipeline {

    /** Lag growth still counted as bounded, as a share of the events arriving for the consumer groups. */
    static final double GROWTH_TOLERANCE_SHARE = 0.1;

    record Step(double rate, long offered, long accepted, Latencies.Summary submitLatency, double arrivalsPerSecond,
                double lagGrowthPerSecond, long lagAtEnd, boolean held, Map<String, Long> outcomes) {
    }

    record Result(List<Step> steps, Double highestHeldRate, Double drainSeconds, boolean drained,
                  List<LagSeries.Sample> samples) {
    }

    private Pipeline() {
    }

    static Result run(StackClient client, List<Double> rates, Duration stepLength, Duration drainTimeout,
                      String runId) {
        List<LagSeries.Sample> samples = new CopyOnWriteArrayList<>();
        AtomicReference<Double> offered = new AtomicReference<>(0.0);
        long start = System.nanoTime();
        List<Step> steps = new ArrayList<>();
        try (ConsumerLag lag = new ConsumerLag(client.endpoints().kafkaBootstrapServers())) {
            awaitNoLag(lag, drainTimeout); // what earlier benchmarks left (e.g. P2's CertificateViewed) must not count
            Thread sampler = Thread.ofPlatform().name("bench-lag-sampler").daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long tick = System.nanoTime();
                    ConsumerLag.Reading reading = lag.sample();
                    if (!reading.lag().isEmpty()) {
                        samples.add(new LagSeries.Sample(seconds(start), offered.get(), reading.lag(),
                                reading.produced()));
                    }
                    long wait = Duration.ofSeconds(1).toNanos() - (System.nanoTime() - tick);
                    if (wait > 0) {
                        try {
                            Thread.sleep(Duration.ofNanos(wait));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
            for (double rate : rates) {
                offered.set(rate);
                double from = seconds(start);
                Latencies submit = new Latencies();
                OpenLoop.Result load = OpenLoop.run(rate, stepLength, 512, (i, due) -> {
                    long t = System.nanoTime();
                    StackClient.Submitted s = client.submitApplication("bench-" + runId + "-p3@bench.example.jp");
                    submit.recordNanos(System.nanoTime() - t);
                    return String.valueOf(s.status());
                });
                double to = seconds(start);
                List<LagSeries.Sample> during = samples.stream()
                        .filter(s -> s.second() >= from && s.second() <= to).toList();
                double growth = during.isEmpty() ? 0 : LagSeries.growthPerSecond(during);
                long lagAtEnd = during.isEmpty() ? 0 : during.getLast().total();
                long accepted = load.count("201");
                boolean held = accepted >= 0.99 * load.offered()
                        && (during.isEmpty() || LagSeries.bounded(during, GROWTH_TOLERANCE_SHARE));
                double arrivals = during.isEmpty() ? 0 : LagSeries.arrivalsPerSecond(during);
                steps.add(new Step(rate, load.offered(), accepted, load.latencies().summary(),
                        Math.round(arrivals * 10) / 10.0, Math.round(growth * 10) / 10.0, lagAtEnd, held,
                        load.outcomes()));
                if (!held) {
                    break; // a higher rate only piles up more backlog to drain
                }
            }
            offered.set(0.0);
            double loadEnd = seconds(start);
            Double drainedAt = null;
            while (seconds(start) - loadEnd < drainTimeout.toSeconds()) {
                StackClient.sleep(Duration.ofSeconds(1));
                List<LagSeries.Sample> after = samples.stream().filter(s -> s.second() > loadEnd).toList();
                if (!after.isEmpty() && after.getLast().total() == 0) {
                    drainedAt = after.getLast().second();
                    break;
                }
            }
            sampler.interrupt();
            Double highest = null;
            for (Step step : steps) {
                if (!step.held()) {
                    break;
                }
                highest = step.rate();
            }
            return new Result(steps, highest, drainedAt == null ? null : Math.round((drainedAt - loadEnd) * 10) / 10.0,
                    drainedAt != null, List.copyOf(samples));
        }
    }

    private static void awaitNoLag(ConsumerLag lag, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            ConsumerLag.Reading reading = lag.sample();
            if (!reading.lag().isEmpty() && reading.lag().values().stream().allMatch(l -> l == 0)) {
                return;
            }
            StackClient.sleep(Duration.ofSeconds(1));
        }
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e8) / 10.0;
    }
}
