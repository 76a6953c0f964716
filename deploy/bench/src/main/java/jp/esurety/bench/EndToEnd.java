package jp.esurety.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * P1: auto-approvable electronic applications at a steady offered rate (open model), each followed from its
 * intended submit time to the certificate's registration on D-Sure and to the completion mail, with the time of
 * every step from the events' own timestamps.
 */
final class EndToEnd {

    /** Path to the registry: application, issuance, registry commit; two Kafka hand-offs between them. */
    static final int COMMITS_TO_REGISTERED = 3;
    static final int KAFKA_HOPS_TO_REGISTERED = 2;
    /** Path to the mail: one more hand-off (CertificateRegistered → notification) and notification's commit. */
    static final int COMMITS_TO_MAIL = 4;
    static final int KAFKA_HOPS_TO_MAIL = 3;

    /** The steps of the flow, from the events' timestamps (each step: from the previous one). */
    static final List<String> STEPS = List.of(
            "submit → ApplicationSubmitted (gateway, application-service commit)",
            "→ ApplicationApproved (Kafka, issuance underwriting)",
            "→ CertificateIssued (issuance: contract, premium, signing, sealing)",
            "→ CertificateRegistered (Kafka, registry: verify, unseal, Merkle log)",
            "→ MailDelivered (Kafka, notification: key notice, SMTP)");

    /** Seconds of submissions per row of the over-time table. */
    static final int WINDOW_SECONDS = 30;

    /**
     * @param windows  the latencies of the applications submitted in each {@value #WINDOW_SECONDS}-second window:
     *                 whether slow ones cluster (a pause, a burst of other work) or are spread over the run
     * @param warmUp   the same flow run just before on a fresh stack and not counted (JIT compilation, connection
     *                 pools and caches filling): how much slower the first minutes are; null when not run
     */
    record Result(double ratePerSecond, long offered, long accepted, Map<String, Long> submitOutcomes,
                  Latencies.Summary submitHttp, long registered, long mailed, long mailsInMailServer,
                  Latencies.Summary toRegistered, Latencies.Summary toMail, Map<String, Latencies.Summary> steps,
                  Floor.Result floor, double floorToRegistered, double floorToMail, double driverLateStartMs,
                  List<String> contractNumbers, List<Window> windows, WarmUp warmUp, CpuCost cpu) {

        Result withWarmUp(Result warm) {
            return new Result(ratePerSecond, offered, accepted, submitOutcomes, submitHttp, registered, mailed,
                    mailsInMailServer, toRegistered, toMail, steps, floor, floorToRegistered, floorToMail,
                    driverLateStartMs, contractNumbers, windows,
                    new WarmUp(warm.offered(), warm.toRegistered(), warm.toMail()), cpu);
        }

        Result withCpu(CpuTime.Usage usage, double seconds, int cores) {
            java.util.Map<String, Double> perApplication = new LinkedHashMap<>();
            usage.seconds().forEach((name, s) -> perApplication.put(name,
                    accepted == 0 ? 0 : Math.round(s * 1000 / accepted * 10) / 10.0));
            double total = perApplication.values().stream().mapToDouble(Double::doubleValue).sum();
            return new Result(ratePerSecond, offered, accepted, submitOutcomes, submitHttp, registered, mailed,
                    mailsInMailServer, toRegistered, toMail, steps, floor, floorToRegistered, floorToMail,
                    driverLateStartMs, contractNumbers, windows, warmUp,
                    new CpuCost(Math.round(seconds), Math.round(usage.machineBusyShare() * 1000) / 10.0, perApplication,
                            Math.round(total * 10) / 10.0,
                            total == 0 ? 0 : Math.round(cores * 1000 / total * 10) / 10.0));
        }
    }

    /**
     * CPU time of the measured run (from the first submission until everything settled) per accepted application.
     *
     * @param busyPercent     the whole machine's busy share over the run, all cores
     * @param msPerApplication CPU milliseconds per application by process
     * @param ceilingPerSecond cores × 1 000 / total: the application rate at which the stack alone would need every
     *                        core of the machine — an upper bound of what P3 can reach here
     */
    record CpuCost(long seconds, double busyPercent, Map<String, Double> msPerApplication, double totalMs,
                   double ceilingPerSecond) {
    }

    /** Latencies of the applications due within one window, from {@code fromSecond} of the run. */
    record Window(int fromSecond, Latencies.Summary toRegistered, Latencies.Summary toMail) {
    }

    /** The uncounted warm-up run. */
    record WarmUp(long applications, Latencies.Summary toRegistered, Latencies.Summary toMail) {
    }

    private EndToEnd() {
    }

    static Result run(StackClient client, EventTap tap, Floor.Result floor, int applications, double rate,
                      Duration settleTimeout, String runId) {
        Map<String, Instant> intended = new ConcurrentHashMap<>();
        Map<String, String> mailboxes = new ConcurrentHashMap<>();
        Latencies submitHttp = new Latencies();
        client.token(jp.esurety.local.Realm.NETDESK, StackClient.CONTRACTOR);
        Duration duration = Duration.ofNanos(Math.round(applications / rate * 1e9));
        OpenLoop.Result load = OpenLoop.run(rate, duration, 256, (index, due) -> {
            String mailbox = "bench-" + runId + "-" + index + "@bench.example.jp";
            long start = System.nanoTime();
            StackClient.Submitted submitted = client.submitApplication(mailbox);
            submitHttp.recordNanos(System.nanoTime() - start);
            if (submitted.applicationId() != null) {
                intended.put(submitted.applicationId(), due);
                mailboxes.put(submitted.applicationId(), mailbox);
            }
            return String.valueOf(submitted.status());
        });
        Instant deadline = Instant.now().plus(settleTimeout);
        while (!tap.allDone(intended.keySet()) && Instant.now().isBefore(deadline)) {
            StackClient.sleep(Duration.ofMillis(500));
        }
        return summarise(rate, load, submitHttp, intended, mailboxes, tap, floor, client);
    }

    private static Result summarise(double rate, OpenLoop.Result load, Latencies submitHttp,
                                    Map<String, Instant> intended, Map<String, String> mailboxes, EventTap tap,
                                    Floor.Result floor, StackClient client) {
        Latencies toRegistered = new Latencies();
        Latencies toMail = new Latencies();
        List<Latencies> steps = new ArrayList<>();
        STEPS.forEach(s -> steps.add(new Latencies()));
        List<String> numbers = new ArrayList<>();
        Instant first = intended.values().stream().min(Instant::compareTo).orElse(Instant.EPOCH);
        Map<Integer, Latencies[]> windows = new java.util.TreeMap<>();
        long registered = 0;
        long mailed = 0;
        long inMailServer = 0;
        for (Map.Entry<String, Instant> e : intended.entrySet()) {
            EventTap.Trace t = tap.trace(e.getKey());
            Instant due = e.getValue();
            int window = (int) (Duration.between(first, due).toSeconds() / WINDOW_SECONDS) * WINDOW_SECONDS;
            Latencies[] inWindow = windows.computeIfAbsent(window, w -> new Latencies[]{new Latencies(), new Latencies()});
            if (t.registeredSeen != null) {
                registered++;
                toRegistered.record(Duration.between(due, t.registeredSeen));
                inWindow[0].record(Duration.between(due, t.registeredSeen));
                numbers.add(t.contractNumber);
            }
            if (t.mailSeen != null) {
                mailed++;
                toMail.record(Duration.between(due, t.mailSeen));
                inWindow[1].record(Duration.between(due, t.mailSeen));
            }
            List<Instant> marks = java.util.Arrays.asList(due, t.submittedAt, t.approvedAt, t.issuedAt, t.registeredAt,
                    t.mailSentAt);
            for (int i = 0; i < STEPS.size(); i++) {
                if (marks.get(i) != null && marks.get(i + 1) != null) {
                    steps.get(i).record(Duration.between(marks.get(i), marks.get(i + 1)));
                }
            }
        }
        for (String mailbox : mailboxes.values()) {
            if (client.mailCount(mailbox) > 0) {
                inMailServer++;
            }
        }
        Map<String, Latencies.Summary> stepSummaries = new LinkedHashMap<>();
        for (int i = 0; i < STEPS.size(); i++) {
            stepSummaries.put(STEPS.get(i), steps.get(i).summary());
        }
        numbers.removeIf(Objects::isNull);
        return new Result(rate, load.offered(), intended.size(), load.outcomes(), submitHttp.summary(), registered,
                mailed, inMailServer, toRegistered.summary(), toMail.summary(), stepSummaries, floor,
                floor.path(COMMITS_TO_REGISTERED, KAFKA_HOPS_TO_REGISTERED),
                floor.path(COMMITS_TO_MAIL, KAFKA_HOPS_TO_MAIL), load.lateStart().toNanos() / 1e6, numbers,
                windows.entrySet().stream().map(w -> new Window(w.getKey(), w.getValue()[0].summary(),
                        w.getValue()[1].summary())).toList(), null, null);
    }

    /** @return the step with the largest median, the first place to look when a target is missed */
    static String slowestStep(Map<String, Latencies.Summary> steps) {
        return steps.entrySet().stream().max(Map.Entry.comparingByValue(
                java.util.Comparator.comparingDouble(Latencies.Summary::p50)))
                .map(Map.Entry::getKey).orElse("");
    }
}
