package jp.esurety.systemtest;

import jp.esurety.local.LocalStack;
import jp.esurety.local.LocalStackOptions;
import jp.esurety.local.StackEndpoints;
import jp.esurety.local.StackPorts;

import java.nio.file.Path;

/**
 * One local stack for every system-level test of this JVM (start time matters on 2 cores): real PostgreSQL, Kafka,
 * SMTP/IMAP and Keycloak, and the five services as packaged. Ports are shifted by {@code esurety.stack.port-offset}
 * (default 1000) so a developer's running stack does not clash; stopped when the JVM exits.
 *
 * <p>With {@code -Desurety.stack.attach=true} the tests use a stack that is already running at that offset instead
 * (started with {@code java -jar deploy/local/target/esurety-local-launcher.jar --port-offset N}): handy while
 * writing a test, since starting the stack takes minutes on a busy machine. Its mail server listens on 127.0.0.1.
 * Chromium refuses some ports (offset 2000 puts the gateway on 10080, which it blocks): 1000 or 3000 work.
 */
final class SharedStack {

    private static LocalStack stack;

    private SharedStack() {
    }

    static synchronized StackEndpoints endpoints() {
        if (Boolean.getBoolean("esurety.stack.attach")) {
            return new StackEndpoints(new StackPorts(Integer.getInteger("esurety.stack.port-offset", 1000)),
                    "postgres", "postgres", "127.0.0.1", Path.of(System.getProperty("esurety.stack.dir", "target/stack")));
        }
        if (stack == null) {
            Path data = Path.of(System.getProperty("esurety.stack.dir", "target/stack"));
            LocalStackOptions options = LocalStackOptions.builder()
                    .repoDir(Path.of(System.getProperty("esurety.repo.dir", "../..")))
                    .dataDir(data)
                    .keycloakDistDir(Path.of(System.getProperty("user.home"), ".cache", "esurety", "keycloak-dist"))
                    .portOffset(Integer.getInteger("esurety.stack.port-offset", 1000))
                    .build();
            stack = LocalStack.start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-local-stack"));
        }
        return stack.endpoints();
    }
}
