package jp.esurety.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jp.esurety.platform.kafka.EventProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes the outbox continuously. It holds one dedicated PostgreSQL connection that {@code LISTEN}s on
 * {@code outbox_event}: an insert's trigger notifies at commit and the relay drains at once, so there is no slow
 * polling; {@link OutboxConfig#fallbackPoll()} is only the safety net. Exposes the metrics
 * {@code esurety_outbox_pending}, {@code esurety_outbox_oldest_pending_seconds} and
 * {@code esurety_outbox_published_total}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final EventProducer producer;
    private final OutboxConfig config;
    private final String jdbcUrl;
    private final String username;
    private final Optional<String> password;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final Counter published;

    private volatile boolean running;
    private Thread worker;
    private Instant lastPurge = Instant.EPOCH;

    public OutboxRelay(EventProducer producer, OutboxConfig config, MeterRegistry registry,
                       @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                       @ConfigProperty(name = "quarkus.datasource.username") String username,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.producer = producer;
        this.config = config;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        Gauge.builder("esurety.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet published").register(registry);
        Gauge.builder("esurety.outbox.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest unpublished outbox event").register(registry);
        this.published = Counter.builder("esurety.outbox.published").description("Outbox events published")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Opens a connection of the relay's kind: direct (not pooled), for LISTEN and the draining transactions. */
    public Connection openConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password.orElse(null));
    }

    private void loop() {
        OutboxDrainer drainer = new OutboxDrainer(producer, config.batchSize(), seqs -> { });
        Duration backoff = Duration.ofMillis(500);
        while (running) {
            try (Connection connection = openConnection()) {
                listen(connection);
                backoff = Duration.ofMillis(500);
                while (running) {
                    published.increment(drainer.drain(connection));
                    measure(connection);
                    purgeIfDue(connection);
                    awaitNotification(connection);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Outbox relay failed (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
                        ? Duration.ofSeconds(30) : backoff.multipliedBy(2);
            }
        }
    }

    private static void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN outbox_event");
        }
    }

    private void awaitNotification(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        connection.unwrap(PGConnection.class).getNotifications((int) config.fallbackPoll().toMillis());
    }

    private void measure(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)
                     FROM outbox_event WHERE published_at IS NULL""")) {
            rs.next();
            pending.set(rs.getLong(1));
            oldestPendingSeconds.set(rs.getLong(2));
        }
    }

    private void purgeIfDue(Connection connection) throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) >= 0) {
            OutboxDrainer.purgePublished(connection, config.retention());
            lastPurge = now;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
