package jp.esurety.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @Test
    void createsDatabasesAndRunsSql() throws SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(null, 0)) {
            postgres.createDatabaseIfMissing("second_db");
            postgres.createDatabaseIfMissing("second_db");

            try (Connection connection = connect(postgres, "second_db");
                 Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE branch (name TEXT)");
                sql.execute("INSERT INTO branch VALUES ('東京支店')");
                assertThat(singleValue(sql, "SELECT name FROM branch")).isEqualTo("東京支店");
                assertThat(singleValue(sql, "SHOW server_version")).startsWith("17.");
                assertThat(singleValue(sql, "SHOW fsync")).isEqualTo("off");
            }
        }
    }

    @Test
    void keepsDataInGivenDirectoryAcrossRestarts(@TempDir Path dataDir) throws SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir, 0);
             Connection connection = connect(postgres, "postgres");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE kept (id INT)");
            sql.execute("INSERT INTO kept VALUES (42)");
            assertThat(singleValue(sql, "SHOW fsync")).isEqualTo("on");
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir, 0);
             Connection connection = connect(postgres, "postgres");
             Statement sql = connection.createStatement()) {
            assertThat(singleValue(sql, "SELECT id FROM kept")).isEqualTo("42");
        }
    }

    @Test
    void refusesPortInUseWithClearMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(null, taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("port " + taken.getLocalPort() + " for PostgreSQL is already in use");
        }
    }

    private static Connection connect(EmbeddedPostgres postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    private static String singleValue(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
