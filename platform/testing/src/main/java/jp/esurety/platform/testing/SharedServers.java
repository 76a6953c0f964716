package jp.esurety.platform.testing;

import java.lang.System.Logger.Level;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.testcontainers.DockerClientFactory;

/**
 * The JVM-wide test servers: each is resolved and started once, then reused by every test resource instance.
 *
 * <p>Quarkus loads test resources in a class loader of its own and builds a new one when it restarts the
 * application (for a {@code @TestProfile}), so static fields would start a second server. The coordinates of a
 * started server are therefore published as system properties, which every class loader sees. The servers stop
 * in a JVM shutdown hook.
 */
final class SharedServers {

    private static final System.Logger LOG = System.getLogger(SharedServers.class.getName());

    private SharedServers() {
    }

    static synchronized PostgresServer postgres() {
        return shared(PostgresServer::fromSystemProperties, () -> PostgresServer.resolve(System::getenv),
                PostgresServer::publish, "PostgreSQL");
    }

    static synchronized KafkaServer kafka() {
        return shared(KafkaServer::fromSystemProperties, () -> KafkaServer.resolve(System::getenv),
                KafkaServer::publish, "Kafka");
    }

    static synchronized MailServer mail() {
        return shared(MailServer::fromSystemProperties, () -> MailServer.resolve(System::getenv),
                MailServer::publish, "SMTP");
    }

    /** The mail server started by {@link #mail()}, if any. */
    static MailServer startedMail() {
        MailServer mail = MailServer.fromSystemProperties();
        if (mail == null) {
            throw new IllegalStateException("no test mail server is running; annotate the test with"
                    + " @QuarkusTestResource(value = MailTestResource.class, restrictToAnnotatedClass = false)");
        }
        return mail;
    }

    /** The Kafka broker started by {@link #kafka()}, if any. */
    static KafkaServer startedKafka() {
        KafkaServer kafka = KafkaServer.fromSystemProperties();
        if (kafka == null) {
            throw new IllegalStateException("no test Kafka broker is running; annotate the test with"
                    + " @QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)");
        }
        return kafka;
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static void stopOnExit(AutoCloseable server, String what) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "stopping the test " + what + " server failed", e);
            }
        }, "esurety-test-" + what + "-stop"));
    }

    static String require(Function<String, String> env, String name, String why) {
        String value = env.apply(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " must be set " + why);
        }
        return value;
    }

    private static <T> T shared(Supplier<T> published, Supplier<T> resolve, Consumer<T> publish,
                                String what) {
        T server = published.get();
        if (server == null) {
            server = resolve.get();
            publish.accept(server);
            LOG.log(Level.INFO, "test " + what + " server: " + server);
        }
        return server;
    }
}
