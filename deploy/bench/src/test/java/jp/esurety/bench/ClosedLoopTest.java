package jp.esurety.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ClosedLoopTest {

    @Test
    void throughputIsWhatTheClientsGetAnsweredInTheFixedTime() throws Exception {
        // a service that answers in 10 ms: 4 clients get about 400 answers per second, never more
        ClosedLoop.Result result = ClosedLoop.run(4, Duration.ofMillis(500), (i, due) -> {
            Thread.sleep(10);
            return i % 5 == 0 ? "500" : "200";
        });
        double perSecond = result.perSecond("200") + result.perSecond("500");
        assertThat(perSecond).isBetween(200.0, 410.0);
        assertThat(result.perSecond("500")).isLessThan(result.perSecond("200"));
        assertThat(result.clients()).isEqualTo(4);
    }

    @Test
    void aFailingRequestIsCountedAndTheClientGoesOn() {
        ClosedLoop.Result result = ClosedLoop.run(2, Duration.ofMillis(100), (i, due) -> {
            Thread.sleep(5);
            throw new IllegalStateException("refused");
        });
        assertThat(result.answers()).containsOnlyKeys("error: IllegalStateException");
        assertThat(result.answers().get("error: IllegalStateException")).isGreaterThan(5);
    }
}
