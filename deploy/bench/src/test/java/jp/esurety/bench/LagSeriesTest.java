package jp.esurety.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LagSeriesTest {

    private static List<LagSeries.Sample> series(int seconds, java.util.function.IntUnaryOperator lag) {
        List<LagSeries.Sample> samples = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            // 100 events arrive per second for the groups
            samples.add(new LagSeries.Sample(s, 20, Map.of("issuance-service", (long) lag.applyAsInt(s),
                    "notification-service", 0L), 100L * s));
        }
        return samples;
    }

    @Test
    void aPipelineThatFallsBehindShowsLagGrowingByTheShortfall() {
        List<LagSeries.Sample> behind = series(60, s -> 30 * s); // consumes 70 of 100 events/s
        assertThat(LagSeries.growthPerSecond(behind)).isCloseTo(30, within(0.01));
        assertThat(LagSeries.arrivalsPerSecond(behind)).isCloseTo(100, within(0.01));
        assertThat(LagSeries.bounded(behind, 0.1)).isFalse();
    }

    @Test
    void aConstantQueueIsBoundedLag() {
        List<LagSeries.Sample> steady = series(60, s -> s < 10 ? 10 * s : 100 + (s % 3) * 5); // fills, then stays
        assertThat(LagSeries.bounded(steady, 0.1)).isTrue();
    }

    @Test
    void theSawToothOfOffsetsCommittedEveryFiveSecondsIsNotGrowth() {
        List<LagSeries.Sample> committedEvery5s = series(60, s -> 20 + (s % 5) * 100); // up to 500 uncommitted
        assertThat(LagSeries.bounded(committedEvery5s, 0.1)).isTrue();
        List<LagSeries.Sample> growingUnderneath = series(60, s -> 30 * s + (s % 5) * 100);
        assertThat(LagSeries.growthPerSecond(growingUnderneath)).isCloseTo(30, within(5.0));
        assertThat(LagSeries.bounded(growingUnderneath, 0.1)).isFalse();
    }

    @Test
    void onlyTheSecondHalfOfAStepCounts() {
        List<LagSeries.Sample> caughtUp = series(60, s -> s < 30 ? 40 * s : Math.max(0, 1200 - 60 * (s - 30)));
        assertThat(LagSeries.bounded(caughtUp, 0.1)).isTrue();
    }
}
