package jp.esurety.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A latency distribution (HdrHistogram, microseconds, 3 significant digits), safe to record from many threads. */
public final class Latencies {

    private static final long HIGHEST = TimeUnit.MINUTES.toMicros(30);

    private final Histogram histogram = new ConcurrentHistogram(HIGHEST, 3);

    /** Records one latency; negative values (clock steps between processes) count as zero. */
    public void record(Duration latency) {
        recordMicros(latency.toNanos() / 1_000);
    }

    public void recordNanos(long nanos) {
        recordMicros(nanos / 1_000);
    }

    public void recordMicros(long micros) {
        histogram.recordValue(Math.min(Math.max(micros, 0), HIGHEST));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** @return percentiles in milliseconds (zeros when empty) */
    public Summary summary() {
        if (histogram.getTotalCount() == 0) {
            return new Summary(0, 0, 0, 0, 0, 0, 0);
        }
        return new Summary(histogram.getTotalCount(), ms(histogram.getMean()),
                ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(90)),
                ms(histogram.getValueAtPercentile(95)), ms(histogram.getValueAtPercentile(99)),
                ms(histogram.getMaxValue()));
    }

    private static double ms(double micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    /** Percentiles in milliseconds, rounded to 0.01 ms. */
    public record Summary(long count, double mean, double p50, double p90, double p95, double p99, double max) {
    }
}
