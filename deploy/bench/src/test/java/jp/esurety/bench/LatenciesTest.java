package jp.esurety.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatenciesTest {

    @Test
    void percentilesAreInMillisecondsWithinHdrHistogramPrecision() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.record(Duration.ofMillis(ms));
        }
        Latencies.Summary s = latencies.summary();
        assertThat(s.count()).isEqualTo(100);
        assertThat(s.p50()).isCloseTo(50, within(0.1));
        assertThat(s.p95()).isCloseTo(95, within(0.1));
        assertThat(s.p99()).isCloseTo(99, within(0.1));
        assertThat(s.max()).isCloseTo(100, within(0.1));
        assertThat(s.mean()).isCloseTo(50.5, within(0.1));
    }

    @Test
    void anEmptyDistributionReportsZerosNotAnError() {
        assertThat(new Latencies().summary()).isEqualTo(new Latencies.Summary(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aNegativeGapBetweenTwoProcessesClocksCountsAsZero() {
        Latencies latencies = new Latencies();
        latencies.record(Duration.ofMillis(-3));
        assertThat(latencies.summary().max()).isZero();
        assertThat(latencies.count()).isEqualTo(1);
    }
}
