package jp.esurety.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one run measured, as written to docs/benchmarks/*.json; a benchmark that did not run is null.
 *
 * @param settings what the run changed on its own stack (environment handed to the services)
 */
record BenchReport(String startedAt, String finishedAt, String command, boolean quick, boolean ownStack,
                   int portOffset, Machine machine, String loadAtEnd, Map<String, String> settings,
                   EndToEnd.Result p1, Lookup.Result p2, Pipeline.Result p3, Startup.Result p4, List<String> notes) {

    static final Goal P1_P50 = Goal.atMost("p50", 500, "ms");
    static final Goal P1_P99 = Goal.atMost("p99", 1500, "ms");
    static final Goal P1_COUNT = Goal.atLeast("applications", 500, "");
    static final Goal P2_RATIO = Goal.atLeast("lookup / bare throughput", 0.5, "");
    static final Goal P2_P99 = Goal.atMost("lookup p99 at 1 000 rps", 20, "ms");
    static final Goal P2_SIZE = Goal.atMost("cost of a lookup at 1 M / at 10 k (capacity at 10 k / at 1 M)", 1.2, "");
    static final Goal P3_RATE = Goal.atLeast("highest rate with bounded lag", 200, "/s");
}
