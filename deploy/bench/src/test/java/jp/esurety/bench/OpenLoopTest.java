package jp.esurety.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OpenLoopTest {

    @Test
    void requestsAreDueAtFixedTimesWhateverTheEarlierOnesDid() {
        assertThat(OpenLoop.requestCount(1000, Duration.ofSeconds(30))).isEqualTo(30_000);
        assertThat(OpenLoop.intendedOffsetNanos(0, 1000)).isZero();
        assertThat(OpenLoop.intendedOffsetNanos(1, 1000)).isEqualTo(1_000_000);
        assertThat(OpenLoop.intendedOffsetNanos(2500, 1000)).isEqualTo(2_500_000_000L);
        assertThat(OpenLoop.intendedOffsetNanos(3, 200)).isEqualTo(15_000_000);
    }

    @Test
    void everyScheduledRequestIsSentAndItsOutcomeCounted() {
        AtomicInteger sent = new AtomicInteger();
        OpenLoop.Result result = OpenLoop.run(200, Duration.ofMillis(500), 64, (i, due) -> {
            sent.incrementAndGet();
            if (i % 10 == 0) {
                throw new IllegalStateException("refused");
            }
            return i % 2 == 0 ? "200" : "429";
        });
        assertThat(sent).hasValue(100);
        assertThat(result.offered()).isEqualTo(100);
        assertThat(result.latencies().count()).isEqualTo(100);
        assertThat(result.count("200")).isEqualTo(40);
        assertThat(result.count("429")).isEqualTo(50);
        assertThat(result.count("error: IllegalStateException")).isEqualTo(10);
    }

    @Test
    void aSystemThatFallsBehindIsChargedForTheWholeWaitNotJustItsServiceTime() {
        // 100 requests/s, but only one at a time and each takes 20 ms: the queue grows by 10 ms per request
        OpenLoop.Result result = OpenLoop.run(100, Duration.ofMillis(500), 1, (i, due) -> {
            Thread.sleep(20);
            return "200";
        });
        Latencies.Summary s = result.latencies().summary();
        assertThat(s.p50()).as("service time alone would be 20 ms").isGreaterThan(100);
        assertThat(s.max()).isGreaterThan(400);
        assertThat(result.lateStart()).isGreaterThan(Duration.ofMillis(300));
    }

    @Test
    void aSaturatedSystemEndsTheRunInsteadOfStretchingIt() {
        // 200/s for 2 s, one at a time, 50 ms each: 200 ms behind after ~5 requests
        OpenLoop.Result result = OpenLoop.run(200, Duration.ofSeconds(2), 1, Duration.ofMillis(200), (i, due) -> {
            Thread.sleep(50);
            return "200";
        });
        assertThat(result.offered()).isEqualTo(400);
        assertThat(result.notSent()).isGreaterThan(300);
        assertThat(result.count("200") + result.notSent()).isEqualTo(400);
        assertThat(result.outcomes()).containsKey("not sent (over 0.20 s behind schedule)");
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aSystemThatKeepsUpShowsItsServiceTime() {
        OpenLoop.Result result = OpenLoop.run(100, Duration.ofMillis(300), 64, (i, due) -> {
            Thread.sleep(5);
            return "200";
        });
        assertThat(result.latencies().summary().p50()).isBetween(4.0, 50.0);
        assertThat(result.throughput()).isGreaterThan(50);
    }
}
