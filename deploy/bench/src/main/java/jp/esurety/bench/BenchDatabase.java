package jp.esurety.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The bench's own scratch database {@code esurety_bench} on the stack's PostgreSQL (no service reads it). */
final class BenchDatabase {

    static final String NAME = "esurety_bench";

    private BenchDatabase() {
    }

    static void ensure(String adminUrl, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, NAME);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + NAME);
            }
        }
    }
}
