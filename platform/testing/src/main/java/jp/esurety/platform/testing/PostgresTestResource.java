package jp.esurety.platform.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database.
 *
 * <p>The server is, in this order: the one at {@code ESURETY_TEST_JDBC_URL} (with {@code ESURETY_TEST_JDBC_USERNAME}
 * and {@code ESURETY_TEST_JDBC_PASSWORD}), a {@code postgres:17-alpine} container when Docker is available, or an
 * embedded PostgreSQL 17. It is started once per JVM and shared by all test classes. The database named by the init
 * argument {@code database} (default {@code esurety_test}) is created when missing.
 *
 * <pre>{@code
 * @QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
 * }</pre>
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init argument naming the database to create and connect to. */
    public static final String DATABASE_ARG = "database";

    private static final String DEFAULT_DATABASE = "esurety_test";

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = SharedServers.postgres();
        server.createDatabaseIfMissing(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    /** Keeps the server running: it is shared by later test classes and stops when the JVM exits. */
    @Override
    public void stop() {
        // the JVM-wide server outlives a single Quarkus application
    }
}
