package jp.esurety.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import jp.esurety.local.KeyMaterial.Secrets;
import jp.esurety.platform.embedded.EmbeddedKafka;
import jp.esurety.platform.embedded.EmbeddedMail;
import jp.esurety.platform.embedded.EmbeddedPostgres;
import jp.esurety.platform.embedded.Ports;

/**
 * The whole system on real, embedded infrastructure: PostgreSQL, a KRaft Kafka broker and a mail server in this
 * JVM or as its children, Keycloak with the realms {@code netdesk} and {@code dsure}, then the five services as
 * child processes configured to use all of it.
 *
 * <p>From the command line ({@link #main}) it prints where to click and whom to log in as, and stops everything on
 * Ctrl-C. As a library ({@link #start}) it returns a running stack whose {@link #endpoints()} tests use, and
 * {@link #close()} stops it. Stopping runs in the order services, Keycloak, Kafka, PostgreSQL, mail.
 *
 * <p>Fault-injection tests use its controls: {@link #killService} (SIGKILL of the whole process tree) and
 * {@link #startService} (same command and environment, waits until ready), {@link #stopKafka} / {@link #startKafka}
 * (same port and log directory), {@link #stopSmtp} / {@link #startSmtp} (same port; IMAP stays up and received mail
 * is kept), and {@link #restoreAll()} to bring every stopped part back.
 */
public final class LocalStack implements AutoCloseable {

    static final List<String> TOPICS = List.of("application-events", "issuance-events", "registry-events",
            "notification-events");
    static final int TOPIC_PARTITIONS = 3;
    static final String KEYCLOAK_DATABASE = "keycloak";

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    /** How a service was started, to start it again the same way. */
    private record Launch(List<String> command, Map<String, String> environment, Path logFile, URI health) {
    }

    private final LocalStackOptions options;
    private final ProcessGroup processes = new ProcessGroup(STOP_GRACE);
    /** Infrastructure in this JVM, the last started first. */
    private final Deque<AutoCloseable> infrastructure = new ArrayDeque<>();
    private final Map<Service, Launch> launches = new EnumMap<>(Service.class);
    /** The running process of each service; a killed service has none until it is started again. */
    private final Map<Service, ChildProcess> services = new ConcurrentHashMap<>();
    /** Stops the children also when the JVM ends without {@link #close()}: they run in sessions of their own. */
    private final Thread shutdownHook = new Thread(this::stopOnJvmExit, "local-stack-stop");
    private volatile boolean closing;
    private volatile boolean jvmExiting;
    private volatile StackEndpoints endpoints;
    private volatile KeycloakServer keycloak;
    private volatile EmbeddedKafka kafka;
    private volatile EmbeddedMail mail;
    private volatile Duration startupTime;

    private LocalStack(LocalStackOptions options) {
        this.options = options;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the stack and returns once every part is ready.
     *
     * @param options what to start and where
     * @return the running stack; close it to stop everything
     * @throws IllegalStateException with a message naming the cause (port taken, jar missing, server not ready and
     *                               its log file); whatever was started is stopped again
     */
    public static LocalStack start(LocalStackOptions options) {
        LocalStack stack = new LocalStack(options);
        stack.startAll();
        return stack;
    }

    /** @return where the parts of the stack are reached */
    public StackEndpoints endpoints() {
        return endpoints;
    }

    /** @return the options it was started with */
    public LocalStackOptions options() {
        return options;
    }

    /** @return how long the start took */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the services, Keycloak, Kafka, PostgreSQL and the mail server. Further calls do nothing. */
    @Override
    public void close() {
        boolean started;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            started = !infrastructure.isEmpty();
        }
        if (!jvmExiting) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is exiting already; the hook finds the stack closed
            }
        }
        if (started) {
            say("stopping");
        }
        processes.stop(List.copyOf(services.values()));
        if (keycloak != null) {
            keycloak.stop();
        }
        processes.close();
        List<AutoCloseable> servers;
        synchronized (this) {
            servers = List.copyOf(infrastructure);
            infrastructure.clear();
        }
        servers.forEach(LocalStack::stop);
        if (started) {
            say("stopped");
        }
    }

    private void stopOnJvmExit() {
        jvmExiting = true;
        close();
    }

    private static void stop(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("[local] warning: " + server.getClass().getSimpleName() + " did not stop cleanly: "
                    + describe(e));
        }
    }

    private void startAll() {
        Instant begin = Instant.now();
        try {
            requireServiceJars();
            requireFreePorts();
            Path dataDir = LocalFiles.createDirectories(options.dataDir());
            LocalFiles.createDirectories(dataDir.resolve("logs"));
            Secrets secrets = KeyMaterial.ensure(dataDir.resolve("keys"));
            StackPorts ports = options.ports();

            say("mail server: SMTP " + ports.smtp() + ", IMAP " + ports.imap() + ", HTTP inbox " + ports.mailApi());
            mail = infrastructure(EmbeddedMail.startWithApi(ports.smtp(), ports.imap(), ports.mailApi()));
            say("PostgreSQL on port " + ports.postgres());
            EmbeddedPostgres postgres = infrastructure(
                    EmbeddedPostgres.start(dataDir.resolve("postgres"), ports.postgres()));
            databases().forEach(postgres::createDatabaseIfMissing);
            say("Kafka on port " + ports.kafka());
            kafka = infrastructure(EmbeddedKafka.start(dataDir.resolve("kafka"), ports.kafka()));
            kafka.createTopics(TOPIC_PARTITIONS, TOPICS.toArray(String[]::new));
            endpoints = new StackEndpoints(ports, postgres.username(), postgres.password(), mail.host(), dataDir);

            startKeycloak(secrets);
            startServices(secrets);
            startupTime = Duration.between(begin, Instant.now());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startKeycloak(Secrets secrets) {
        Path javaHome = Path.of(System.getProperty("java.home"));
        KeycloakDistribution distribution = KeycloakDistribution.prepare(options.keycloakDistDir(), javaHome,
                endpoints.logsDir(), processes, this::say);
        Map<String, String> placeholders = Map.of(
                "ESURETY_PUBLIC_GATEWAY_URL", endpoints.gatewayUrl().toString(),
                "ESURETY_PUBLIC_REGISTRY_URL", endpoints.registryUrl().toString(),
                "ESURETY_GATEWAY_CLIENT_SECRET", secrets.gatewayClientSecret(),
                "ESURETY_DSURE_PORTAL_CLIENT_SECRET", secrets.dsurePortalClientSecret());
        StackPorts ports = endpoints.ports();
        keycloak = KeycloakServer.start(new KeycloakServer.Settings(distribution, javaHome,
                LocalFiles.createDirectories(endpoints.dataDir().resolve("keycloak")), endpoints.logsDir(),
                ports.keycloak(), ports.keycloakManagement(), endpoints.jdbcUrl(KEYCLOAK_DATABASE),
                endpoints.databaseUsername(), endpoints.databasePassword(), placeholders,
                options.startupTimeout()), processes, this::say);
    }

    /** Starts all services at once and waits for the slowest. */
    private void startServices(Secrets secrets) {
        if (options.services().isEmpty()) {
            return;
        }
        say("starting " + String.join(", ", options.services().stream().map(Service::module).toList()));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Map<ChildProcess, URI> health = new LinkedHashMap<>();
        for (Service service : options.services()) {
            List<String> command = new ArrayList<>(List.of(java.toString()));
            command.addAll(options.serviceJvmOptions());
            command.addAll(List.of("-jar", service.runnerJar(options.repoDir()).toString()));
            Launch launch = new Launch(command, ServiceEnvironment.of(service, endpoints, secrets),
                    endpoints.logsDir().resolve(service.module() + ".log"),
                    URI.create(endpoints.serviceUrl(service) + "/q/health/ready"));
            synchronized (launches) {
                launches.put(service, launch);
            }
            health.put(launch(service, launch, false), launch.health());
        }
        ChildProcess.awaitReady(health, options.startupTimeout());
    }

    private ChildProcess launch(Service service, Launch launch, boolean appendToLog) {
        ChildProcess child = processes.start(service.module(), launch.command(), launch.environment(),
                endpoints.dataDir(), launch.logFile(), appendToLog);
        services.put(service, child);
        child.onExit().thenAccept(process -> {
            if (!closing && services.get(service) == child) {
                System.err.println("[local] " + child.name() + " exited with code " + process.exitValue() + "; see "
                        + child.logFile());
            }
        });
        return child;
    }

    /**
     * Kills a service as a crash would: SIGKILL to its whole process tree, no shutdown hooks, nothing flushed. Returns
     * once every process of it is gone; its port is free then.
     *
     * @param service one of the services this stack started
     * @throws IllegalStateException when it is not running
     */
    public void killService(Service service) {
        ChildProcess child = services.remove(service);
        if (child == null || !child.isAlive()) {
            throw new IllegalStateException(service.module() + " is not running");
        }
        say("killing " + service.module() + " (SIGKILL, pid " + child.pid() + ")");
        child.kill(KILL_TIMEOUT);
    }

    /**
     * Starts a service again with the command and environment of its first start (its log file is appended to),
     * and waits until it is ready.
     *
     * @param service one of the services this stack started
     * @throws IllegalStateException when it runs already, or is not ready within the startup timeout
     */
    public void startService(Service service) {
        Launch launch;
        synchronized (launches) {
            launch = launches.get(service);
        }
        if (launch == null) {
            throw new IllegalStateException(service.module() + " is not part of this stack");
        }
        if (isRunning(service)) {
            throw new IllegalStateException(service.module() + " runs already");
        }
        say("starting " + service.module() + " again");
        ChildProcess child = launch(service, launch, true);
        ChildProcess.awaitReady(Map.of(child, launch.health()), options.startupTimeout());
    }

    /** @return whether the service's process is alive (it may not be ready yet) */
    public boolean isRunning(Service service) {
        ChildProcess child = services.get(service);
        return child != null && child.isAlive();
    }

    /**
     * Shuts the Kafka broker down (an outage): producers and consumers of the services fail to connect until
     * {@link #startKafka()}.
     */
    public void stopKafka() {
        say("stopping Kafka");
        kafka.stop();
    }

    /** Starts the Kafka broker again on the same port and log directory and waits until it serves metadata. */
    public void startKafka() {
        say("starting Kafka again");
        kafka.restart();
    }

    /** @return whether the Kafka broker runs */
    public boolean isKafkaRunning() {
        return kafka.isRunning();
    }

    /** Closes the SMTP port (a mail server outage); IMAP and the HTTP inbox stay up, received mail is kept. */
    public void stopSmtp() {
        say("stopping SMTP");
        mail.stopSmtp();
    }

    /** Opens SMTP again on the same port. */
    public void startSmtp() {
        say("starting SMTP again");
        mail.startSmtp();
    }

    /** @return whether SMTP accepts connections */
    public boolean isSmtpRunning() {
        return mail.isSmtpRunning();
    }

    /**
     * Brings back whatever a fault test stopped: the mail server's SMTP, the Kafka broker, and every service that is
     * not running; waits until each is ready. Does nothing when all run.
     */
    public void restoreAll() {
        if (!isSmtpRunning()) {
            startSmtp();
        }
        if (!isKafkaRunning()) {
            startKafka();
        }
        List<Service> stopped;
        synchronized (launches) {
            stopped = launches.keySet().stream().filter(service -> !isRunning(service)).toList();
        }
        for (Service service : stopped) {
            startService(service);
        }
    }

    private void requireServiceJars() {
        List<String> missing = options.services().stream()
                .map(service -> service.runnerJar(options.repoDir()))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("service jar missing: " + String.join(", ", missing)
                    + "; build first: ./mvnw install -DskipTests");
        }
    }

    /** Checks every port before anything starts, and names all that are taken at once. */
    private void requireFreePorts() {
        List<String> taken = new ArrayList<>();
        options.ports().toBind(options.services()).forEach((what, port) -> {
            try {
                Ports.requireFree(port, what);
            } catch (IllegalStateException e) {
                taken.add(port + " (" + what + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("port already in use: " + String.join(", ", taken)
                    + ". Is another local stack running? Stop it, or start this one with --port-offset N.");
        }
    }

    private static Stream<String> databases() {
        return Stream.concat(
                Stream.of(Service.values()).map(Service::database).flatMap(Optional::stream),
                Stream.of(KEYCLOAK_DATABASE));
    }

    /** Remembers a started server for {@link #close()}, or stops it at once when the stack is stopping already. */
    private <T extends AutoCloseable> T infrastructure(T server) {
        synchronized (this) {
            if (!closing) {
                infrastructure.push(server);
                return server;
            }
        }
        stop(server);
        throw new IllegalStateException("the local stack is stopping");
    }

    private void say(String line) {
        System.out.println("[local] " + line);
    }

    /**
     * Starts the stack in the foreground and stops it on Ctrl-C.
     *
     * @param args see {@code --help}
     */
    public static void main(String[] args) {
        Optional<LocalStackOptions> parsed;
        try {
            parsed = LocalStackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + "\n\n" + LocalStackOptions.USAGE);
            System.exit(2);
            return;
        }
        if (parsed.isEmpty()) {
            System.out.print(LocalStackOptions.USAGE);
            return;
        }
        LocalStackOptions options = parsed.get();
        routeLibraryLogs(options.dataDir().resolve("logs").resolve("infrastructure.log"));
        LocalStack stack = new LocalStack(options);
        try {
            stack.startAll();
        } catch (RuntimeException e) {
            if (!stack.jvmExiting) {
                System.err.println("error: " + describe(e));
            }
            System.exit(1);
        }
        System.out.println(Banner.text(stack.endpoints, options.services(), stack.startupTime));
        try {
            new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook stops the stack
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what the in-process servers (Kafka, the PostgreSQL wrapper, mail) log to a file, not the terminal. */
    private static void routeLibraryLogs(Path logFile) {
        LocalFiles.createDirectories(logFile.getParent());
        System.setProperty("org.slf4j.simpleLogger.logFile", logFile.toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
    }

    /** @return the message with the messages of its causes, which name the root problem */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append("\n  caused by: ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(cause.getMessage());
        }
        return text.toString();
    }
}
