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

    /**
     * The server a test resource published, for the static helpers tests call.
     *
     * @throws IllegalStateException if the resource has not been started in this JVM
     */
    static <T> T started(Supplier<T> published, Class<?> resource) {
        T server = published.get();
        if (server == null) {
            String name = resource.getSimpleName();
            throw new IllegalStateException("no " + name + " server is running; register it with"
                    + " @QuarkusTestResource(value = " + name + ".class, restrictToAnnotatedClass = false)");
        }
        return server;
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
