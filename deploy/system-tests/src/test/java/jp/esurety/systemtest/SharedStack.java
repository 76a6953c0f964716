package jp.esurety.systemtest;

import jp.esurety.local.LocalStack;
import jp.esurety.local.LocalStackOptions;
import jp.esurety.local.StackEndpoints;
import jp.esurety.local.StackPorts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One local stack for every system-level test of this JVM (start time matters on 2 cores): real PostgreSQL, Kafka,
 * SMTP/IMAP and Keycloak, and the five services as packaged. Ports are shifted by {@code esurety.stack.port-offset}
 * (default 1000) so a developer's running stack does not clash; stopped when the JVM exits.
 *
 * <p>With {@code -Desurety.stack.attach=true} the tests use a stack that is already running at that offset instead
 * (started with {@code java -jar deploy/local/target/esurety-local-launcher.jar --port-offset N}): handy while
 * writing a test, since starting the stack takes minutes on a busy machine. Its mail server listens on 127.0.0.1.
 * {@code -Desurety.stack.startup-timeout=SECONDS} (default 180) bounds the wait for Keycloak and each service.
 * Chromium refuses some ports (offset 2000 puts the gateway on 10080, which it blocks): 1000 or 3000 work.
 *
 * <p>The fault-injection tests ({@code jp.esurety.systemtest.fault}) need the stack's controls (kill a service, stop
 * Kafka or SMTP), so they run only on a stack this JVM started: {@link #controls()} is empty when attached.
 */
public final class SharedStack {

    private static LocalStack stack;
    /** Why the stack did not start: later test classes fail at once with it instead of trying again for minutes. */
    private static RuntimeException startFailure;

    private SharedStack() {
    }

    /** @return where the parts of the shared stack are reached; starts it on first use unless attached */
    public static synchronized StackEndpoints endpoints() {
        if (Boolean.getBoolean("esurety.stack.attach")) {
            return new StackEndpoints(new StackPorts(Integer.getInteger("esurety.stack.port-offset", 1000)),
                    "postgres", "postgres", "127.0.0.1", Path.of(System.getProperty("esurety.stack.dir", "target/stack")));
        }
        if (startFailure != null) {
            throw new IllegalStateException("the shared stack did not start: " + startFailure.getMessage(),
                    startFailure);
        }
        if (stack == null) {
            Path data = Path.of(System.getProperty("esurety.stack.dir", "target/stack"));
            LocalStackOptions options = LocalStackOptions.builder()
                    .repoDir(Path.of(System.getProperty("esurety.repo.dir", "../..")))
                    .dataDir(data)
                    .keycloakDistDir(Path.of(System.getProperty("user.home"), ".cache", "esurety", "keycloak-dist"))
                    .portOffset(Integer.getInteger("esurety.stack.port-offset", 1000))
                    .startupTimeout(Duration.ofSeconds(Integer.getInteger("esurety.stack.startup-timeout", 180)))
                    .build();
            try {
                stack = LocalStack.start(options);
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-local-stack"));
        }
        return stack.endpoints();
    }

    /**
     * @return the running stack with its fault controls ({@link LocalStack#killService}, {@link
     *         LocalStack#stopKafka}, {@link LocalStack#stopSmtp}, {@link LocalStack#restoreAll}); empty when attached
     *         to a stack another process runs
     */
    public static synchronized Optional<LocalStack> controls() {
        endpoints();
        return Optional.ofNullable(stack);
    }
}
