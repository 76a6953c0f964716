package jp.esurety.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresTestResourceTest {

    @Test
    void createsEachDatabaseOnOneSharedServer() throws SQLException {
        PostgresTestResource application = new PostgresTestResource();
        application.init(Map.of(PostgresTestResource.DATABASE_ARG, "application_service"));
        PostgresTestResource defaults = new PostgresTestResource();
        defaults.init(Map.of());

        Map<String, String> applicationConfig = application.start();
        application.stop();
        Map<String, String> defaultConfig = defaults.start();

        assertThat(applicationConfig).containsOnlyKeys("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password");
        String applicationUrl = applicationConfig.get("quarkus.datasource.jdbc.url");
        String defaultUrl = defaultConfig.get("quarkus.datasource.jdbc.url");
        assertThat(applicationUrl).endsWith("/application_service");
        assertThat(defaultUrl).isEqualTo(applicationUrl.replace("/application_service", "/esurety_test"));
        assertThat(queryAfterInsert(applicationConfig)).isEqualTo("申込");
        assertThat(queryAfterInsert(defaultConfig)).isEqualTo("申込");
    }

    @Test
    void usesTheServerNamedInTheEnvironment() throws SQLException {
        PostgresServer running = SharedServers.postgres();
        String adminUrl = running.adminJdbcUrl();
        String baseUrl = adminUrl.substring(0, adminUrl.indexOf('/', "jdbc:postgresql://".length()));
        Map<String, String> env = Map.of(PostgresServer.ENV_URL, baseUrl + "/",
                PostgresServer.ENV_USERNAME, running.username(), PostgresServer.ENV_PASSWORD, running.password());

        PostgresServer fromEnv = PostgresServer.resolve(env::get);
        fromEnv.createDatabaseIfMissing("from_environment");

        assertThat(fromEnv.adminJdbcUrl()).isEqualTo(baseUrl + "/postgres");
        try (Connection connection = DriverManager.getConnection(fromEnv.jdbcUrl("from_environment"),
                fromEnv.username(), fromEnv.password())) {
            assertThat(connection.getCatalog()).isEqualTo("from_environment");
        }
    }

    @Test
    void keepsQueryParametersAndRequiresUsername() {
        PostgresServer server = PostgresServer.fromUrl("jdbc:postgresql://db.example:5432/ci?sslmode=disable",
                Map.of(PostgresServer.ENV_USERNAME, "ci")::get);
        assertThat(server.jdbcUrl("issuance"))
                .isEqualTo("jdbc:postgresql://db.example:5432/issuance?sslmode=disable");
        assertThat(server.password()).isEmpty();

        Map<String, String> noUsername = Map.of();
        assertThatThrownBy(() -> PostgresServer.fromUrl("jdbc:postgresql://db.example:5432/", noUsername::get))
                .hasMessageContaining(PostgresServer.ENV_USERNAME);
        Map<String, String> username = Map.of(PostgresServer.ENV_USERNAME, "ci");
        assertThatThrownBy(() -> PostgresServer.fromUrl("jdbc:mysql://db.example/", username::get))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String queryAfterInsert(Map<String, String> config) throws SQLException {
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS event (name TEXT)");
            sql.execute("DELETE FROM event");
            sql.execute("INSERT INTO event VALUES ('申込')");
            try (ResultSet rows = sql.executeQuery("SELECT name FROM event")) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
