package jp.esurety.bench;

import jp.esurety.local.LocalStack;
import jp.esurety.local.LocalStackOptions;
import jp.esurety.local.Service;
import jp.esurety.local.StackEndpoints;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * P4: how long each service takes from its process start to {@code /q/health/ready} (polled every 250 ms while the
 * launcher starts the stack), Quarkus's own "started in", idle resident memory (VmRSS) per process, and how long
 * the whole stack took to be ready.
 */
final class Startup {

    record ServiceStart(String service, Double processToReadySeconds, Double quarkusStartedInSeconds,
                        Long idleRssMiB) {
    }

    /**
     * @param stackReadySeconds launcher start → every service ready (own stack only)
     * @param infrastructureRssMiB Keycloak, PostgreSQL (all its processes), and the JVM hosting Kafka and the mail
     *                             server (in an own stack that is the bench's JVM, driver included)
     */
    record Result(boolean ownStack, Double stackReadySeconds, List<ServiceStart> services,
                  Map<String, Long> infrastructureRssMiB, long serviceRssTotalMiB) {
    }

    private Startup() {
    }

    /** Starts the stack and watches each service come up. */
    static LocalStack start(LocalStackOptions options, Map<Service, Instant> processStarted,
                            Map<Service, Instant> ready) {
        StackEndpoints future = new StackEndpoints(options.ports(), "postgres", "postgres", "127.0.0.1",
                options.dataDir());
        StackClient probe = new StackClient(future);
        Thread watcher = Thread.ofPlatform().name("bench-startup-watch").daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted() && ready.size() < options.services().size()) {
                ProcessHandle.current().descendants().forEach(p -> p.info().commandLine().ifPresent(line -> {
                    for (Service s : options.services()) {
                        if (line.contains(s.runnerJar(options.repoDir()).toString())) {
                            p.info().startInstant().ifPresent(at -> processStarted.putIfAbsent(s, at));
                        }
                    }
                }));
                for (Service s : options.services()) {
                    if (processStarted.containsKey(s) && !ready.containsKey(s) && probe.ready(s)) {
                        ready.put(s, Instant.now());
                    }
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            return LocalStack.start(options);
        } finally {
            try {
                watcher.join(Duration.ofSeconds(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            watcher.interrupt();
        }
    }

    /** Measures after the stack has idled; the start timings are empty when the bench attached to a running stack. */
    static Result measure(StackEndpoints endpoints, boolean ownStack, Duration stackStart,
                          Map<Service, Instant> processStarted, Map<Service, Instant> ready) {
        List<ServiceStart> services = new ArrayList<>();
        long total = 0;
        for (Service s : Service.values()) {
            Double toReady = processStarted.containsKey(s) && ready.containsKey(s)
                    ? round(Duration.between(processStarted.get(s), ready.get(s)).toMillis() / 1000.0) : null;
            Optional<Double> quarkus = Processes.quarkusStartSeconds(
                    endpoints.logsDir().resolve(s.module() + ".log"));
            OptionalLong pid = Processes.listening(endpoints.ports().service(s));
            Long rss = pid.isPresent() ? boxed(Processes.rssMiB(pid.getAsLong())) : null;
            total += rss == null ? 0 : rss;
            services.add(new ServiceStart(s.module(), toReady, quarkus.orElse(null), rss));
        }
        Map<String, Long> infrastructure = new LinkedHashMap<>();
        Processes.listening(endpoints.ports().keycloak())
                .ifPresent(pid -> infrastructure.put("Keycloak", boxed(Processes.rssMiB(pid))));
        Processes.listening(endpoints.ports().postgres()).ifPresent(pid -> infrastructure.put(
                "PostgreSQL (all processes)", treeRss(pid)));
        Processes.listening(endpoints.ports().kafka()).ifPresent(pid -> infrastructure.put(
                ownStack ? "bench JVM (Kafka, mail server, load driver)" : "launcher JVM (Kafka, mail server)",
                boxed(Processes.rssMiB(pid))));
        return new Result(ownStack, stackStart == null ? null : round(stackStart.toMillis() / 1000.0), services,
                infrastructure, total);
    }

    /** The stack's processes for CPU accounting: each service, Keycloak, PostgreSQL, the JVM hosting Kafka. */
    static CpuTime cpuGroups(StackEndpoints endpoints, boolean ownStack) {
        CpuTime cpu = new CpuTime();
        for (Service s : Service.values()) {
            Processes.listening(endpoints.ports().service(s)).ifPresent(pid -> cpu.add(s.module(), pid, false));
        }
        Processes.listening(endpoints.ports().postgres()).ifPresent(pid -> cpu.add("PostgreSQL", pid, true));
        Processes.listening(endpoints.ports().keycloak()).ifPresent(pid -> cpu.add("Keycloak", pid, false));
        Processes.listening(endpoints.ports().kafka()).ifPresent(pid -> cpu.add(
                ownStack ? "bench JVM (load driver, Kafka, mail server)" : "launcher JVM (Kafka, mail server)", pid, false));
        return cpu;
    }

    static Map<Service, Instant> newTimes() {
        return java.util.Collections.synchronizedMap(new EnumMap<>(Service.class));
    }

    private static long treeRss(long pid) {
        return ProcessHandle.of(pid).map(root -> {
            long sum = boxed(Processes.rssMiB(pid));
            sum += root.descendants().mapToLong(p -> boxed(Processes.rssMiB(p.pid()))).sum();
            return sum;
        }).orElse(0L);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : 0L;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
