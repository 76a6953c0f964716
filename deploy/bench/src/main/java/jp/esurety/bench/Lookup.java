package jp.esurety.bench;

import jp.esurety.local.Realm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * P2: the orderer's machine lookup ({@code POST /api/v1/verifications}, number + key of real certificates) against
 * the bare endpoint of the same service (same token validation, one read): capacity of each (closed loop), latency
 * of each at the goal's offered rate (open model); then the lookup again with 10 k and 1 M registered certificates
 * at half its capacity.
 */
final class Lookup {

    /**
     * The sizes of one run.
     *
     * @param rate         offered rate of the latency runs (the goal's 1 000 rps)
     * @param clients      concurrent clients of the capacity runs
     * @param capacityTime how long each capacity run lasts
     */
    record Plan(double rate, Duration measure, Duration warmUp, long smallSize, long largeSize, int clients,
                Duration capacityTime) {
    }

    /**
     * A capacity run (closed loop): 200 answers per second at a fixed number of clients, and the CPU milliseconds
     * each process spent per answer meanwhile (null when not measured).
     */
    record Capacity(String name, int clients, double seconds, double throughput, Map<String, Long> answers,
                    Map<String, Double> cpuMsPerAnswer) {
        static Capacity of(String name, ClosedLoop.Result r) {
            return new Capacity(name, r.clients(), r.elapsed().toNanos() / 1e9,
                    Math.round(r.perSecond("200") * 10) / 10.0, r.answers(), null);
        }

        /** Runs the capacity measurement and accounts the processes' CPU time over it. */
        static Capacity measure(String name, CpuTime cpu, int clients, Duration time, OpenLoop.Request request) {
            CpuTime.Reading before = cpu.read();
            ClosedLoop.Result r = ClosedLoop.run(clients, time, request);
            CpuTime.Usage used = CpuTime.between(before, cpu.read());
            long answered = r.answers().values().stream().mapToLong(Long::longValue).sum();
            Map<String, Double> perAnswer = new java.util.LinkedHashMap<>();
            used.seconds().forEach((process, s) -> perAnswer.put(process,
                    answered == 0 ? 0 : Math.round(s * 1e6 / answered) / 1000.0));
            Capacity c = of(name, r);
            return new Capacity(c.name(), c.clients(), c.seconds(), c.throughput(), c.answers(), perAnswer);
        }
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
     * @param ratioThroughput lookup / bare capacity, 200 answers per second (goal ≥ 0.5)
     * @param ratioP99        lookup p99 / bare p99 at the goal's rate
     * @param sizeRate        the rate of the size comparison: half the lookup's capacity (at most the goal's rate),
     *                        so that its latencies are service time, not queueing
     * @param sizeRatio       what one lookup costs at the large size against the small one: capacity at the small
     *                        size (mean of the runs before and after the large one) / capacity at the large size
     *                        (goal ≤ 1.2, i.e. at most 20 % slower)
     * @param sizeRatioP99    p99 at the large size / p99 at the small size, at {@code sizeRate}
     */
    record Result(int certificates, Capacity lookupCapacity, Capacity bareCapacity, Measured lookup, Measured bare,
                  double ratioThroughput, Double ratioP99, double sizeRate, Measured lookupSmall, Measured lookupLarge, long smallSize, long largeSize, double loadSmallSeconds,
                  double loadLargeSeconds, Capacity capacitySmall, Capacity capacityLarge, Capacity capacitySmallAgain,
                  Double sizeRatio,
                  Double sizeRatioP99, Double sizeRatioP50) {
    }

    /** A real certificate an orderer can open. */
    record Certificate(String contractNumber, String key) {
    }

    private Lookup() {
    }

    static Result run(StackClient client, List<Certificate> certificates, BulkCertificates bulk, Plan plan,
                      CpuTime cpu) {
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
        Capacity lookupCapacity = Capacity.measure("lookup", cpu, plan.clients(), plan.capacityTime(), lookup);
        settle(plan);
        Capacity bareCapacity = Capacity.measure("bare", cpu, plan.clients(), plan.capacityTime(), bare);
        settle(plan);
        double sizeRate = Math.max(10, Math.min(plan.rate(), Math.floor(lookupCapacity.throughput() / 2)));
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
        Capacity capacitySmall;
        Capacity capacityLarge;
        Capacity capacitySmallAgain;
        try {
            smallLoad = bulk.fillTo(plan.smallSize());
            small = bulk.registered();
            OpenLoop.run(warmRate, plan.warmUp(), 256, lookup);
            capacitySmall = Capacity.measure("lookup @" + small, cpu, plan.clients(), plan.capacityTime(), lookup);
            settle(plan);
            atSmall = Measured.of(new Run("lookup @" + small, sizeRate,
                    OpenLoop.run(sizeRate, plan.measure(), 1024, lookup)));
            settle(plan);
            largeLoad = bulk.fillTo(plan.largeSize());
            large = bulk.registered();
            OpenLoop.run(warmRate, plan.warmUp(), 256, lookup);
            capacityLarge = Capacity.measure("lookup @" + large, cpu, plan.clients(), plan.capacityTime(), lookup);
            settle(plan);
            atLarge = Measured.of(new Run("lookup @" + large, sizeRate,
                    OpenLoop.run(sizeRate, plan.measure(), 1024, lookup)));
            settle(plan);
            // A-B-A: the small size once more after the large one, so that a drift over the run (the service aging,
            // the machine's caches) is not taken for the effect of the size
            bulk.remove();
            bulk.fillTo(plan.smallSize());
            OpenLoop.run(warmRate, plan.warmUp(), 256, lookup);
            capacitySmallAgain = Capacity.measure("lookup @" + bulk.registered() + " again", cpu, plan.clients(),
                    plan.capacityTime(), lookup);
        } finally {
            bulk.remove();
        }

        return new Result(certificates.size(), lookupCapacity, bareCapacity, lookupRun, bareRun,
                ratio(lookupCapacity.throughput(), bareCapacity.throughput()),
                ratioOrNull(lookupRun.latency().p99(), bareRun.latency().p99()), sizeRate, atSmall, atLarge, small, large,
                smallLoad, largeLoad, capacitySmall, capacityLarge, capacitySmallAgain,
                ratioOrNull((capacitySmall.throughput() + capacitySmallAgain.throughput()) / 2,
                        capacityLarge.throughput()),
                ratioOrNull(atLarge.latency().p99(), atSmall.latency().p99()),
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
