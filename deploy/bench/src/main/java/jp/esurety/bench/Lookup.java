package jp.esurety.bench;

import jp.esurety.local.Realm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * P2: the orderer's machine lookup ({@code POST /api/v1/verifications}, number + key of real certificates) against
 * the bare endpoint of the same service (same token validation, one read), both at a fixed offered rate; then the
 * lookup again with 10 k and 1 M registered certificates.
 */
final class Lookup {

    /** The sizes of one run. */
    record Plan(double rate, Duration measure, Duration warmUp, long smallSize, long largeSize) {
    }

    record Run(String name, double offeredRate, OpenLoop.Result result) {
    }

    /** A measured run, as reported; throughput counts the 200 answers only. */
    record Measured(String name, double offeredRate, long offered, double throughput, Latencies.Summary latency,
                    Map<String, Long> outcomes, double driverLateStartMs) {
        static Measured of(Run run) {
            OpenLoop.Result r = run.result();
            double seconds = r.elapsed().toNanos() / 1e9;
            double goodput = seconds == 0 ? 0 : r.count("200") / seconds;
            return new Measured(run.name(), run.offeredRate(), r.offered(), Math.round(goodput * 10) / 10.0,
                    r.latencies().summary(), r.outcomes(), r.lateStart().toNanos() / 1e6);
        }

        long ok() {
            return outcomes.getOrDefault("200", 0L);
        }
    }

    /**
     * @param ratioThroughput lookup / bare answers per second (goal ≥ 0.5)
     * @param ratioP99        lookup p99 / bare p99
     * @param sizeRatioP99    p99 at the large size / p99 at the small size (goal ≤ 1.2)
     */
    record Result(int certificates, Measured lookup, Measured bare, double ratioThroughput, Double ratioP99,
                  Measured lookupSmall, Measured lookupLarge, long smallSize, long largeSize, double loadSmallSeconds,
                  double loadLargeSeconds, Double sizeRatioP99, Double sizeRatioP50) {
    }

    /** A real certificate an orderer can open. */
    record Certificate(String contractNumber, String key) {
    }

    private Lookup() {
    }

    static Result run(StackClient client, List<Certificate> certificates, BulkCertificates bulk, Plan plan) {
        String token = client.token(Realm.DSURE, StackClient.ORDERER);
        OpenLoop.Request lookup = (i, due) -> {
            Certificate c = certificates.get((int) (i % certificates.size()));
            return String.valueOf(client.lookup(token, c.contractNumber(), c.key()));
        };
        OpenLoop.Request bare = (i, due) -> {
            Certificate c = certificates.get((int) (i % certificates.size()));
            return String.valueOf(client.bareLookup(token, c.contractNumber(), c.key()));
        };
        double warmRate = Math.min(plan.rate(), 200);
        OpenLoop.run(warmRate, plan.warmUp(), 256, lookup);
        OpenLoop.run(warmRate, plan.warmUp(), 256, bare);
        Measured lookupRun = Measured.of(new Run("lookup", plan.rate(),
                OpenLoop.run(plan.rate(), plan.measure(), 1024, lookup)));
        settle(plan);
        Measured bareRun = Measured.of(new Run("bare", plan.rate(),
                OpenLoop.run(plan.rate(), plan.measure(), 1024, bare)));
        settle(plan);

        double smallLoad;
        double largeLoad;
        long small;
        long large;
        Measured atSmall;
        Measured atLarge;
        try {
            smallLoad = bulk.fillTo(plan.smallSize());
            small = bulk.registered();
            OpenLoop.run(warmRate, plan.warmUp(), 256, lookup);
            atSmall = Measured.of(new Run("lookup @" + small, plan.rate(),
                    OpenLoop.run(plan.rate(), plan.measure(), 1024, lookup)));
            settle(plan);
            largeLoad = bulk.fillTo(plan.largeSize());
            large = bulk.registered();
            OpenLoop.run(warmRate, plan.warmUp(), 256, lookup);
            atLarge = Measured.of(new Run("lookup @" + large, plan.rate(),
                    OpenLoop.run(plan.rate(), plan.measure(), 1024, lookup)));
        } finally {
            bulk.remove();
        }

        return new Result(certificates.size(), lookupRun, bareRun, ratio(lookupRun.throughput(), bareRun.throughput()),
                ratioOrNull(lookupRun.latency().p99(), bareRun.latency().p99()), atSmall, atLarge, small, large,
                smallLoad, largeLoad, ratioOrNull(atLarge.latency().p99(), atSmall.latency().p99()),
                ratioOrNull(atLarge.latency().p50(), atSmall.latency().p50()));
    }

    /** Lets the service finish what the previous run left (outbox, consumers, GC) before the next one. */
    private static void settle(Plan plan) {
        StackClient.sleep(plan.warmUp());
    }

    /** @return real certificates with their keys, as the contractor sees them on its contracts */
    static List<Certificate> certificates(StackClient client, List<String> contractNumbers, int max) {
        List<Certificate> found = new ArrayList<>();
        for (String number : contractNumbers) {
            if (found.size() >= max) {
                break;
            }
            client.authenticationKey(number).ifPresent(key -> found.add(new Certificate(number, key)));
        }
        return found;
    }

    static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : Math.round(numerator / denominator * 100) / 100.0;
    }

    static Double ratioOrNull(double numerator, double denominator) {
        return denominator == 0 ? null : ratio(numerator, denominator);
    }
}
