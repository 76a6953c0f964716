package jp.esurety.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoalTest {

    @Test
    void aLatencyGoalIsMissedByHowMuchItIsExceeded() {
        Goal p50 = Goal.atMost("p50", 500, "ms");
        assertThat(p50.target()).isEqualTo("≤ 500 ms");
        assertThat(p50.verdict(480.0)).isEqualTo("met");
        assertThat(p50.verdict(500.0)).isEqualTo("met");
        assertThat(p50.verdict(625.0)).isEqualTo("**missed** by 125 ms (+25 %)");
    }

    @Test
    void aThroughputGoalIsMissedByHowMuchIsLacking() {
        Goal rate = Goal.atLeast("rate", 200, "/s");
        assertThat(rate.target()).isEqualTo("≥ 200/s");
        assertThat(rate.verdict(150.0)).isEqualTo("**missed** by 50/s (−25 %)");
        assertThat(Goal.atLeast("ratio", 0.5, "").verdict(0.4)).isEqualTo("**missed** by 0.10 (−20 %)");
    }

    @Test
    void aGoalWithoutMeasurementIsNeverMet() {
        Goal rate = Goal.atLeast("rate", 200, "/s");
        assertThat(rate.met(null)).isFalse();
        assertThat(rate.verdict(null)).isEqualTo("not measured");
    }
}
