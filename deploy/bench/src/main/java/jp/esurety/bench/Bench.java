package jp.esurety.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jp.esurety.local.LocalStack;
import jp.esurety.local.LocalStackOptions;
import jp.esurety.local.Service;
import jp.esurety.local.StackEndpoints;
import jp.esurety.local.StackPorts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static jp.esurety.bench.BenchOptions.Phase.P1;
import static jp.esurety.bench.BenchOptions.Phase.P2;
import static jp.esurety.bench.BenchOptions.Phase.P3;
import static jp.esurety.bench.BenchOptions.Phase.P4;

/**
 * {@code ./esurety bench}: starts a disposable local stack (or attaches to a running one), runs P1–P4 of issue 10
 * against it over loopback, and writes docs/benchmarks.md and docs/benchmarks/<timestamp>.json.
 */
public final class Bench {

    /** What the services of the bench's own stack get on top of the launcher's environment. */
    static final Map<String, String> OWN_STACK_SETTINGS = new java.util.TreeMap<>(Map.of(
            "ESURETY_BENCH_BARE_ENDPOINT_ENABLED", "true",
            "ESURETY_REGISTRY_LOOKUPS_PER_USER_PER_MINUTE", "100000000",
            "ESURETY_REGISTRY_LOOKUPS_PER_IP_PER_MINUTE", "100000000",
            "ESURETY_GATEWAY_RATE_LIMIT_CAPACITY", "100000000",
            "ESURETY_GATEWAY_RATE_LIMIT_REFILL_PER_SECOND", "100000000"));

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final BenchOptions options;
    private final List<String> notes = new ArrayList<>();

    private Bench(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Path repo = Path.of(System.getProperty("esurety.repo.dir", ".")).toAbsolutePath().normalize();
        Optional<BenchOptions> parsed;
        try {
            parsed = BenchOptions.parse(repo, args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + "\n\n" + BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (parsed.isEmpty()) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        routeLibraryLogs(repo.resolve("deploy/bench/target/bench.log"));
        try {
            new Bench(parsed.get()).run();
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<Service, Instant> processStarted = Startup.newTimes();
        Map<Service, Instant> ready = Startup.newTimes();
        LocalStack stack = null;
        StackEndpoints endpoints;
        Duration stackStart = null;
        Map<String, String> settings = new LinkedHashMap<>();
        if (options.ownStack()) {
            OWN_STACK_SETTINGS.forEach((name, value) -> {
                if (!value.equals(System.getenv(name))) {
                    throw new IllegalStateException(name + "=" + value + " must be in the environment (./esurety bench sets it)");
                }
                settings.put(name, value);
            });
            settings.put("services' JVM options", String.join(" ", options.serverJit()
                    ? LocalStackOptions.SERVER_JVM_OPTIONS : LocalStackOptions.LAPTOP_JVM_OPTIONS));
            deleteRecursively(options.stackDir());
            Path services = snapshotServices(options.repoDir(), options.stackDir().resolve("services"));
            say("starting a disposable stack at port offset " + options.portOffset() + " in " + options.stackDir());
            stack = Startup.start(LocalStackOptions.builder().repoDir(services).dataDir(options.stackDir())
                    .keycloakDistDir(Path.of(System.getProperty("user.home"), ".cache", "esurety", "keycloak-dist"))
                    .startupTimeout(Duration.ofMinutes(6))
                    .serviceJvmOptions(options.serverJit() ? LocalStackOptions.SERVER_JVM_OPTIONS
                            : LocalStackOptions.LAPTOP_JVM_OPTIONS)
                    .portOffset(options.portOffset()).build(), processStarted, ready);
            endpoints = stack.endpoints();
            stackStart = stack.startupTime();
            say("stack ready in " + stackStart.toSeconds() + " s");
        } else {
            Path dir = options.stackDir();
            endpoints = new StackEndpoints(new StackPorts(options.portOffset()), "postgres", "postgres", "127.0.0.1", dir);
            say("attached to the stack at port offset " + options.portOffset() + " (logs in " + dir.resolve("logs") + ")");
        }
        try {
            BenchReport report = measure(endpoints, started, stackStart, processStarted, ready, settings);
            write(report);
        } finally {
            if (stack != null) {
                say("stopping the bench's stack");
                stack.close();
            }
        }
    }

    private BenchReport measure(StackEndpoints endpoints, Instant started, Duration stackStart,
                                Map<Service, Instant> processStarted, Map<Service, Instant> ready,
                                Map<String, String> settings) {
        boolean quick = options.quick();
        String runId = FILE_TIME.format(started).toLowerCase();
        StackClient client = new StackClient(endpoints);
        Machine machine = Machine.describe(options.repoDir(), postgresVersion(endpoints));

        Startup.Result p4 = !options.runs(P4) ? null : attempt("P4", () -> {
            Duration idle = quick ? Duration.ofSeconds(5) : Duration.ofSeconds(20);
            say("P4: idling " + idle.toSeconds() + " s, then reading resident memory");
            StackClient.sleep(idle);
            return Startup.measure(endpoints, options.ownStack(), stackStart, processStarted, ready);
        });
        client.awaitReferenceData(Duration.ofMinutes(2));

        EndToEnd.Result p1;
        Lookup.Result p2;
        try (EventTap tap = new EventTap(endpoints.kafkaBootstrapServers())) {
            p1 = !options.runs(P1) ? null : attempt("P1", () -> endToEnd(endpoints, client, tap, runId));
            List<String> numbers = p1 != null ? p1.contractNumbers() : List.of();
            p2 = !options.runs(P2) ? null : attempt("P2", () -> lookup(endpoints, client, tap, numbers, runId));
        }
        Pipeline.Result p3 = !options.runs(P3) ? null : attempt("P3", () -> {
            List<Double> rates = List.of(5.0, 10.0, 25.0, 50.0, 100.0, 150.0, 200.0);
            Duration step = quick ? Duration.ofSeconds(10) : Duration.ofSeconds(60);
            say("P3: rates " + rates + " per second, " + step.toSeconds() + " s each");
            Pipeline.Result result = Pipeline.run(client, rates, step,
                    quick ? Duration.ofSeconds(120) : Duration.ofMinutes(3), runId);
            say("P3: highest rate held " + result.highestHeldRate() + ", drained in " + result.drainSeconds() + " s");
            return result;
        });
        if (quick) {
            notes.add("--quick: smoke sizes (P1 40 applications, P2 5 s per run and 100 k instead of 1 M, P3 10 s steps); "
                    + "the figures show the bench works, they are not the measurement");
        }
        return new BenchReport(started.toString(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                options.commandLine(), quick, options.ownStack(), options.portOffset(), machine,
                Machine.loadAverage(), settings, p1, p2, p3, p4, List.copyOf(notes));
    }

    private EndToEnd.Result endToEnd(StackEndpoints endpoints, StackClient client, EventTap tap, String runId) {
        boolean quick = options.quick();
        say("P1: floor (Kafka round trip, PostgreSQL commit)");
        Floor.Result floor = Floor.measure(endpoints.kafkaBootstrapServers(), endpoints.jdbcUrl("postgres"),
                endpoints.jdbcUrl(BenchDatabase.NAME), endpoints.databaseUsername(), endpoints.databasePassword(),
                quick ? 50 : 200);
        int applications = quick ? 40 : 520;
        double rate = 4;
        int warmUp = quick ? 8 : 120;
        say("P1: warm-up, " + warmUp + " applications at " + Goal.number(rate) + "/s (not counted)");
        EndToEnd.Result warm = EndToEnd.run(client, tap, floor, warmUp, rate, Duration.ofSeconds(quick ? 60 : 180),
                runId + "-warm");
        say("P1: " + applications + " applications at " + Goal.number(rate) + "/s");
        CpuTime cpu = Startup.cpuGroups(endpoints, options.ownStack());
        CpuTime.Reading before = cpu.read();
        long t0 = System.nanoTime();
        EndToEnd.Result result = EndToEnd.run(client, tap, floor, applications, rate,
                Duration.ofSeconds(quick ? 60 : 180), runId);
        CpuTime.Usage used = CpuTime.between(before, cpu.read());
        result = result.withWarmUp(warm).withCpu(used, (System.nanoTime() - t0) / 1e9,
                Runtime.getRuntime().availableProcessors());
        say("P1: registered p50 " + result.toRegistered().p50() + " ms, p99 " + result.toRegistered().p99()
                + " ms; mail p50 " + result.toMail().p50() + " ms, p99 " + result.toMail().p99() + " ms");
        return result;
    }

    private Lookup.Result lookup(StackEndpoints endpoints, StackClient client, EventTap tap, List<String> fromP1,
                                 String runId) {
        List<String> numbers = fromP1;
        if (numbers.size() < 20) {
            say("P2: issuing certificates to look up");
            Floor.Result none = new Floor.Result(new Latencies().summary(), new Latencies().summary());
            numbers = EndToEnd.run(client, tap, none, 30, 5, Duration.ofSeconds(120), runId + "-p2").contractNumbers();
        }
        List<Lookup.Certificate> certificates = Lookup.certificates(client, numbers, 200);
        if (certificates.isEmpty()) {
            throw new IllegalStateException("no certificate with a key could be read from the contractor's contracts");
        }
        Lookup.Plan plan = options.quick()
                ? new Lookup.Plan(1000, Duration.ofSeconds(5), Duration.ofSeconds(2), 10_000, 100_000, 32,
                Duration.ofSeconds(5))
                : new Lookup.Plan(1000, Duration.ofSeconds(30), Duration.ofSeconds(5), 10_000, 1_000_000, 32,
                Duration.ofSeconds(20));
        say("P2: lookup vs bare at " + Goal.number(plan.rate()) + " rps, then at " + Goal.number(plan.smallSize())
                + " and " + Goal.number(plan.largeSize()) + " certificates");
        BulkCertificates bulk = new BulkCertificates(endpoints.jdbcUrl("registry"), endpoints.databaseUsername(),
                endpoints.databasePassword());
        Lookup.Result result = Lookup.run(client, certificates, bulk, plan,
                Startup.cpuGroups(endpoints, options.ownStack()));
        say("P2: capacity lookup " + result.lookupCapacity().throughput() + "/s, bare "
                + result.bareCapacity().throughput() + "/s; at " + Goal.number(plan.rate()) + " rps lookup p99 "
                + result.lookup().latency().p99() + " ms, bare p99 " + result.bare().latency().p99()
                + " ms; throughput ratio " + result.ratioThroughput() + ", size ratio " + result.sizeRatio());
        return result;
    }

    /** Runs one benchmark; a failure is reported as a note and the others still run. */
    private <T> T attempt(String name, java.util.function.Supplier<T> benchmark) {
        try {
            return benchmark.get();
        } catch (RuntimeException e) {
            say(name + " failed: " + e);
            notes.add(name + " did not complete: " + e.getMessage());
            return null;
        }
    }

    private void write(BenchReport report) {
        Path docs = options.repoDir().resolve("docs");
        Path jsonDir = docs.resolve("benchmarks");
        String jsonName = FILE_TIME.format(Instant.parse(report.startedAt())) + (report.quick() ? "-quick" : "") + ".json";
        try {
            Files.createDirectories(jsonDir);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            byte[] bytes = json.writeValueAsBytes(report);
            Files.write(jsonDir.resolve(jsonName), bytes);
            Files.write(jsonDir.resolve("latest.json"), bytes);
            Path markdown = docs.resolve("benchmarks.md");
            String existing = Files.exists(markdown) ? Files.readString(markdown) : null;
            Files.writeString(markdown, MarkdownReport.document(existing, defaultHead(), report, jsonName));
            say("wrote " + markdown + " and " + jsonDir.resolve(jsonName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report", e);
        }
    }

    private static String defaultHead() {
        try (InputStream in = Bench.class.getResourceAsStream("benchmarks-head.md")) {
            return in == null ? "# Benchmarks\n" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "# Benchmarks\n";
        }
    }

    private static String postgresVersion(StackEndpoints endpoints) {
        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl("postgres"),
                endpoints.databaseUsername(), endpoints.databasePassword());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            return "PostgreSQL " + row.getString(1);
        } catch (SQLException e) {
            return "PostgreSQL ?";
        }
    }

    /**
     * Copies the services' packaged apps ({@code <module>/target/quarkus-app}) as they are now, so that a rebuild of
     * the working tree during the run cannot change or remove a jar under a running service.
     *
     * @return the folder to use as the stack's repository
     */
    private static Path snapshotServices(Path repoDir, Path target) {
        for (Service service : Service.values()) {
            Path app = service.runnerJar(repoDir).getParent();
            if (!Files.isRegularFile(service.runnerJar(repoDir))) {
                throw new IllegalStateException("service jar missing: " + service.runnerJar(repoDir)
                        + "; build first: ./mvnw install -DskipTests");
            }
            Path copy = service.runnerJar(target).getParent();
            try (Stream<Path> files = Files.walk(app)) {
                for (Path file : files.toList()) {
                    Path to = copy.resolve(app.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + app, e);
            }
        }
        return target;
    }

    /** Empties the bench's stack folder; refuses a non-empty folder that does not look like a stack's data. */
    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent() && !Files.isDirectory(dir.resolve("keys"))) {
                throw new IllegalStateException(dir + " is not empty and holds no stack data (no keys/): not deleting it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + dir, e);
        }
    }

    /** Sends what Kafka clients and the in-process servers log to a file, not the terminal. */
    private static void routeLibraryLogs(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", logFile.toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
    }

    static void say(String line) {
        System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
    }
}
