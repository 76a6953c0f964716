package jp.esurety.platform.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates a PostgreSQL database on any reachable server (embedded, container or external), so each service gets
 * its own database on one shared server.
 */
public final class PostgresDatabases {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private PostgresDatabases() {
    }

    /**
     * Creates {@code database} unless it exists. Safe when several JVMs race to create the same database.
     *
     * @param adminJdbcUrl JDBC URL of an existing database on the server, e.g. {@code .../postgres}
     * @param username     a user allowed to create databases
     * @param password     its password
     * @param database     lower-case name: letters, digits and underscores
     */
    public static void createIfMissing(String adminJdbcUrl, String username, String password, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("invalid database name '" + database
                    + "': use lower-case letters, digits and underscores");
        }
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, username, password)) {
            if (!exists(connection, database)) {
                create(connection, database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " via " + adminJdbcUrl, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void create(Connection connection, String database) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + database + "\"");
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
