package jp.esurety.bench;

import java.util.List;
import java.util.Map;

/**
 * Whether a load step kept consumer lag bounded: over the second half of the step, the total lag (all groups) may grow
 * (least-squares slope) by at most a share of the events arriving for those groups, i.e. the consumers keep up with
 * what arrives and any backlog is a constant queue, not a growing one.
 *
 * <p>The services' consumers commit their offsets every few seconds (SmallRye's throttled strategy, Kafka's
 * {@code auto.commit.interval.ms} of 5 s), so committed-offset lag is a saw-tooth even when nothing queues. The growth
 * is therefore taken from the troughs: at each sample, the sum over the groups of each group's lowest lag within the
 * last {@link #TROUGH_WINDOW_SECONDS} seconds, i.e. what is still uncommitted right after a commit.
 */
final class LagSeries {

    /** One sample: seconds since the run's start, the offered rate then, the lag per group, the events arrived. */
    record Sample(double second, double offeredRate, Map<String, Long> lagByGroup, long produced) {
        long total() {
            return lagByGroup.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private LagSeries() {
    }

    /** Longer than the consumers' commit interval, so that every window holds a commit. */
    static final double TROUGH_WINDOW_SECONDS = 6;

    /** @return the growth of the total lag's troughs in events per second over the later half of the samples */
    static double growthPerSecond(List<Sample> step) {
        List<Sample> troughs = new java.util.ArrayList<>();
        for (Sample sample : step) {
            List<Sample> window = step.stream()
                    .filter(o -> o.second() <= sample.second() && o.second() > sample.second() - TROUGH_WINDOW_SECONDS)
                    .toList();
            // per group: the groups commit at different moments
            long lowest = sample.lagByGroup().keySet().stream()
                    .mapToLong(group -> window.stream().mapToLong(o -> o.lagByGroup().getOrDefault(group, 0L))
                            .min().orElse(0))
                    .sum();
            troughs.add(new Sample(sample.second(), sample.offeredRate(), Map.of("trough", lowest), sample.produced()));
        }
        return slope(troughs, Sample::total);
    }

    /** @return events arriving for the groups per second over the later half of the samples */
    static double arrivalsPerSecond(List<Sample> step) {
        return slope(step, Sample::produced);
    }

    /**
     * @param share how much of the arrivals may pile up, e.g. 0.1
     * @return whether the lag grew by at most {@code share} of the arrivals (and at most 2 events/s when idle)
     */
    static boolean bounded(List<Sample> step, double share) {
        return growthPerSecond(step) <= Math.max(2.0, share * arrivalsPerSecond(step));
    }

    private static double slope(List<Sample> step, java.util.function.ToDoubleFunction<Sample> y) {
        List<Sample> tail = step.subList(step.size() / 2, step.size());
        if (tail.size() < 2) {
            return 0;
        }
        double meanX = tail.stream().mapToDouble(Sample::second).average().orElse(0);
        double meanY = tail.stream().mapToDouble(y).average().orElse(0);
        double covariance = tail.stream().mapToDouble(s -> (s.second() - meanX) * (y.applyAsDouble(s) - meanY)).sum();
        double variance = tail.stream().mapToDouble(s -> (s.second() - meanX) * (s.second() - meanX)).sum();
        return variance == 0 ? 0 : covariance / variance;
    }
}
