package jp.esurety.platform.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one) running inside this JVM.
 *
 * <p>With a log directory the topics survive restarts (local stack); without one the broker uses a temporary
 * directory that is removed on {@link #close()} (tests). {@link #start} returns once the broker answers metadata
 * requests. Topics are created on first use with 3 partitions; all internal topics have replication factor 1.
 *
 * <p>For fault-injection tests the broker can be {@linkplain #stop() stopped} and {@linkplain #restart() started
 * again} on the same ports and log directory: records written before the stop are kept, and clients that retry
 * reconnect on their own.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Properties config;
    private final String bootstrapServers;
    private final Path temporaryLogDir;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The running server, {@code null} while stopped. */
    private KafkaRaftServer server;

    private EmbeddedKafka(Properties config, String bootstrapServers, Path temporaryLogDir) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.temporaryLogDir = temporaryLogDir;
    }

    /**
     * Formats the log directory if needed, starts the broker and waits until it serves metadata.
     *
     * @param logDirOrNull persistent log directory, or {@code null} for a throw-away one
     * @param portOrZero   fixed client port, or 0 for a free one
     * @return the running broker
     * @throws IllegalStateException if the fixed port is in use or the broker does not become ready
     */
    public static EmbeddedKafka start(Path logDirOrNull, int portOrZero) {
        int port = Ports.resolve(portOrZero, "Kafka");
        Path logDir = logDirOrNull == null
                ? Directories.createTemp("esurety-kafka")
                : Directories.createDirectories(logDirOrNull, "Kafka log");
        Path temporaryLogDir = logDirOrNull == null ? logDir : null;
        Properties config = brokerConfig(logDir, port, Ports.freePort());
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(config);
        }
        EmbeddedKafka kafka = new EmbeddedKafka(config, "localhost:" + port, temporaryLogDir);
        try {
            kafka.startServer();
            return kafka;
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /**
     * Shuts the broker down as an outage would, keeping its log directory; clients see connection failures until
     * {@link #restart()}. Does nothing when stopped already.
     */
    public synchronized void stop() {
        if (server != null) {
            KafkaRaftServer running = server;
            server = null;
            running.shutdown();
            running.awaitShutdown();
        }
    }

    /**
     * Starts the broker again after {@link #stop()} with the same configuration, ports and log directory, and waits
     * until it serves metadata. Does nothing when it runs.
     *
     * @throws IllegalStateException when it was closed, or does not become ready
     */
    public synchronized void restart() {
        if (closed.get()) {
            throw new IllegalStateException("the Kafka broker at " + bootstrapServers + " was closed");
        }
        if (server == null) {
            startServer();
        }
    }

    /** @return whether the broker runs (started and not stopped) */
    public synchronized boolean isRunning() {
        return server != null;
    }

    private synchronized void startServer() {
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        server = starting;
        starting.startup();
        awaitReady();
    }

    /** @return the {@code bootstrap.servers} value for clients, {@code localhost:<port>} */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Creates the topics that do not exist yet.
     *
     * @param partitions partitions of each new topic
     * @param names      topic names
     */
    public void createTopics(int partitions, String... names) {
        List<NewTopic> topics = Arrays.stream(names).map(name -> new NewTopic(name, partitions, (short) 1)).toList();
        try (Admin admin = admin()) {
            for (KafkaFuture<Void> created : admin.createTopics(topics).values().values()) {
                awaitCreated(created);
            }
            awaitVisible(admin, List.of(names));
        }
    }

    /** A created topic reaches the broker's metadata a moment later: callers may use it as soon as this returns. */
    private static void awaitVisible(Admin admin, List<String> names) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                admin.describeTopics(names).allTopicNames().get(5, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Kafka topics " + names + " not visible after 30 s", e);
                }
                sleepBriefly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topics", e);
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topics", e);
        }
    }

    /** Shuts the broker down; a throw-away log directory is deleted. Further calls do nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        stop();
        if (temporaryLogDir != null) {
            Directories.deleteRecursively(temporaryLogDir);
        }
    }

    private static Properties brokerConfig(Path logDir, int port, int controllerPort) {
        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("node.id", "1"),
                Map.entry("process.roles", "broker,controller"),
                Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDir.toAbsolutePath().toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // a small footprint: few threads, small buffers and segments
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "2"),
                Map.entry("background.threads", "2"),
                Map.entry("num.recovery.threads.per.data.dir", "1"),
                Map.entry("log.cleaner.threads", "1"),
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024)),
                Map.entry("log.segment.bytes", String.valueOf(16 * 1024 * 1024)),
                Map.entry("log.index.size.max.bytes", String.valueOf(1024 * 1024)),
                Map.entry("log.retention.hours", "168")));
        return config;
    }

    /** Writes {@code meta.properties} and the bootstrap metadata with a new cluster id. */
    private static void format(Properties config) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Path configFile = null;
        try {
            configFile = Files.createTempFile("esurety-kafka", ".properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                config.store(out, null);
            }
            int exitCode = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
                "-c", configFile.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (exitCode != 0) {
                throw new IllegalStateException("formatting the Kafka log directory failed: "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka configuration", e);
        } finally {
            if (configFile != null) {
                Directories.deleteRecursively(configFile);
            }
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = admin()) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka at " + bootstrapServers + " not ready after "
                                + READY_TIMEOUT.toSeconds() + " s", e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
            }
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    private static void awaitCreated(KafkaFuture<Void> created) {
        try {
            created.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create Kafka topic", e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka topic creation timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Kafka topics", e);
        }
    }
}
