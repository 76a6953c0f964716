package jp.esurety.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {

    private static final Machine MACHINE = new Machine("Test CPU", 2, 23_000, "Debian", "6.1", "Temurin 25", "3.34.1",
            "4.1.1", "26.7.3", "PostgreSQL 17.6", "abc123", "1.00 0.50 0.25 1/100");

    private static Latencies.Summary latency(double p50, double p99) {
        return new Latencies.Summary(600, p50, p50, p99, p99, p99, p99 * 2);
    }

    private static BenchReport report(Pipeline.Result p3) {
        return new BenchReport("2026-12-01T03:00:00Z", "2026-12-01T03:20:00Z", "./esurety bench", false, true, 6000,
                MACHINE, "2.00 1.00 0.50 2/100", Map.of("ESURETY_BENCH_BARE_ENDPOINT_ENABLED", "true"), null, null, p3,
                null, List.of());
    }

    @Test
    void theHandWrittenHeadAboveTheMarkerIsKeptAndTheRunBelowReplaced() {
        String existing = "# Benchmarks\n\nHow to read this page.\n\n" + MarkdownReport.MARKER + "\n\nold figures\n";
        String document = MarkdownReport.document(existing, "# default\n", report(null), "x.json");
        assertThat(document).startsWith("# Benchmarks\n\nHow to read this page.\n\n" + MarkdownReport.MARKER);
        assertThat(document).doesNotContain("old figures").doesNotContain("# default");
        assertThat(document).contains("`./esurety bench`", "Test CPU, 2 cores", "`abc123`", "docs/benchmarks/x.json");
    }

    @Test
    void aFileWithoutTheMarkerGetsTheDefaultHead() {
        String document = MarkdownReport.document("# stray", "# Benchmarks (default)\n", report(null), "x.json");
        assertThat(document).startsWith("# Benchmarks (default)\n\n" + MarkdownReport.MARKER);
    }

    @Test
    void aMissedRateIsShownWithItsGapAndTheStepThatFellBehind() {
        Pipeline.Step held = new Pipeline.Step(100, 6000, 6000, latency(40, 90), 500, 0.5, 12, true, Map.of("201", 6000L));
        Pipeline.Step behind = new Pipeline.Step(150, 9000, 8000, latency(900, 4000), 750, 60, 3000, false,
                Map.of("201", 8000L, "error: HttpTimeoutException", 1000L));
        List<LagSeries.Sample> samples = List.of(
                new LagSeries.Sample(1, 150, Map.of("issuance-service", 10L, "notification-service", 2L), 100),
                new LagSeries.Sample(2, 150, Map.of("issuance-service", 3000L, "notification-service", 5L), 900));
        String md = MarkdownReport.render(report(new Pipeline.Result(List.of(held, behind), 100.0, 42.0, true, samples)),
                "x.json");
        assertThat(md).contains("| P3 highest application rate with bounded lag | ≥ 200/s | 100/s | **missed** by 100/s (−50 %) |");
        assertThat(md).contains("| 150 | 9,000 | 8,000 | 900 | 4,000 | 750 | 60 | 3,000 | **no** |");
        assertThat(md).contains("Time to drain after the load: 42 s");
        assertThat(md).contains("At 150/s the pipeline fell behind", "`issuance-service`");
    }

    @Test
    void tableCellsCannotBreakTheTable() {
        StringBuilder md = new StringBuilder();
        MarkdownReport.table(md, List.of("a", "b"), List.of(List.of("x|y", "z")));
        assertThat(md.toString()).isEqualTo("| a | b |\n|---|---|\n| x\\|y | z |\n");
    }
}
