package jp.esurety.platform.testing;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.testcontainers.postgresql.PostgreSQLContainer;

import jp.esurety.platform.embedded.EmbeddedPostgres;
import jp.esurety.platform.embedded.PostgresDatabases;

/**
 * A PostgreSQL server the tests may create databases on.
 *
 * @param adminJdbcUrl URL of an existing database, used to create the others
 * @param username     a user allowed to create databases
 * @param password     its password
 * @param origin       where the server comes from, for the log
 */
record PostgresServer(String adminJdbcUrl, String username, String password, String origin) {

    static final String ENV_URL = "ESURETY_TEST_JDBC_URL";
    static final String ENV_USERNAME = "ESURETY_TEST_JDBC_USERNAME";
    static final String ENV_PASSWORD = "ESURETY_TEST_JDBC_PASSWORD";

    private static final String PROPERTY_PREFIX = "esurety-testing.postgres.";
    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

    /** Environment URL, else a container when Docker is available, else an embedded server. */
    static PostgresServer resolve(Function<String, String> env) {
        String url = env.apply(ENV_URL);
        if (url != null && !url.isBlank()) {
            return fromUrl(url, env);
        }
        return SharedServers.dockerAvailable() ? startContainer() : startEmbedded();
    }

    static PostgresServer fromUrl(String url, Function<String, String> env) {
        Matcher parts = parse(url);
        String path = parts.group(2);
        String adminUrl = path == null || path.equals("/") ? withDatabase(url, "postgres") : url;
        return new PostgresServer(adminUrl,
                SharedServers.require(env, ENV_USERNAME, "together with " + ENV_URL),
                env.apply(ENV_PASSWORD) == null ? "" : env.apply(ENV_PASSWORD), ENV_URL);
    }

    String jdbcUrl(String database) {
        return withDatabase(adminJdbcUrl, database);
    }

    void createDatabaseIfMissing(String database) {
        PostgresDatabases.createIfMissing(adminJdbcUrl, username, password, database);
    }

    static PostgresServer fromSystemProperties() {
        String url = System.getProperty(PROPERTY_PREFIX + "admin-url");
        return url == null ? null : new PostgresServer(url, System.getProperty(PROPERTY_PREFIX + "username"),
                System.getProperty(PROPERTY_PREFIX + "password"), System.getProperty(PROPERTY_PREFIX + "origin"));
    }

    void publish() {
        System.setProperty(PROPERTY_PREFIX + "username", username);
        System.setProperty(PROPERTY_PREFIX + "password", password);
        System.setProperty(PROPERTY_PREFIX + "origin", origin);
        System.setProperty(PROPERTY_PREFIX + "admin-url", adminJdbcUrl);
    }

    @Override
    public String toString() {
        return origin + " " + adminJdbcUrl;
    }

    private static PostgresServer startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine")
                .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=300");
        container.start();
        SharedServers.stopOnExit(container::stop, "PostgreSQL");
        return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers postgres:17-alpine");
    }

    private static PostgresServer startEmbedded() {
        EmbeddedPostgres postgres = EmbeddedPostgres.start(null, 0);
        SharedServers.stopOnExit(postgres, "PostgreSQL");
        return new PostgresServer(postgres.jdbcUrl("postgres"), postgres.username(), postgres.password(),
                "embedded PostgreSQL");
    }

    private static String withDatabase(String url, String database) {
        Matcher parts = parse(url);
        return parts.group(1) + "/" + database + (parts.group(3) == null ? "" : parts.group(3));
    }

    private static Matcher parse(String url) {
        Matcher parts = JDBC_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url
                    + " (expected jdbc:postgresql://host:port/[database])");
        }
        return parts;
    }
}
