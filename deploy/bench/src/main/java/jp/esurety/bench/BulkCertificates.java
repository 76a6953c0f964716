package jp.esurety.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fills the registry's tables with registered certificates for the size comparison of P2: one row per number in
 * {@code registered_certificate} (version 1, 新規, obligee 小美玉市長) and in {@code key_digest} — the two tables
 * the lookup reads by primary key — loaded with PostgreSQL COPY through the JDBC CopyManager. Numbers use office code
 * 90000, which no branch has; the credential is a compact placeholder (the lookups themselves target real
 * certificates, these rows make the tables and their indexes big). Removed again by {@link #remove()}.
 */
final class BulkCertificates {

    static final String OFFICE = "90000";
    private static final int BATCH = 50_000;
    private static final String CREDENTIAL = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
            + "\"type\":[\"VerifiableCredential\",\"SuretyCertificate\"],\"issuer\":{\"id\":\"%s\"},"
            + "\"credentialSubject\":{\"contractNumber\":\"%s\",\"productType\":\"ADVANCE_PAYMENT\","
            + "\"guaranteeAmount\":20000000,\"guaranteeStart\":\"2026-12-01\",\"guaranteeEnd\":\"2027-03-19\","
            + "\"obligee\":{\"id\":\"ORD-082368\",\"name\":\"小美玉市長\"}},\"proof\":{\"type\":\"DataIntegrityProof\","
            + "\"cryptosuite\":\"eddsa-jcs-2022\",\"proofValue\":\"z%s\"}}";

    private final String jdbcUrl;
    private final String user;
    private final String password;

    BulkCertificates(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** @return every registered certificate (real and bulk) */
    long registered() {
        return count("SELECT count(*) FROM key_digest");
    }

    /**
     * Adds bulk certificates until the registry holds {@code total}, then vacuums, analyses and checkpoints; returns
     * the seconds all of that took.
     */
    double fillTo(long total) {
        long missing = total - registered();
        if (missing <= 0) {
            return 0;
        }
        long next = count("SELECT count(*) FROM key_digest WHERE contract_number LIKE '" + OFFICE + "-%'");
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String issuer = issuerId(connection);
            for (long done = 0; done < missing; done += BATCH) {
                int rows = (int) Math.min(BATCH, missing - done);
                StringBuilder certificates = new StringBuilder(rows * 700);
                StringBuilder digests = new StringBuilder(rows * 80);
                for (int i = 0; i < rows; i++) {
                    String number = number(next++);
                    certificates.append(number).append("\t1\tORD-082368\t").append(issuer).append('\t')
                            .append(String.format(CREDENTIAL, issuer, number, randomBase64(48)).replace("\\", "\\\\"))
                            .append("\t2026-12-01 00:00:00+00\tNEW\t\\N\t").append(UUID.randomUUID()).append('\t')
                            .append(UUID.randomUUID()).append("\tADVANCE_PAYMENT\n");
                    digests.append(number).append('\t').append(randomBase64(32)).append("\t2026-12-01 00:00:00+00\n");
                }
                copy.copyIn("COPY registered_certificate (contract_number, version, obligee_id, issuer_id, credential, "
                        + "registered_at, version_kind, sequence, application_id, line_id, product_type) FROM STDIN",
                        new StringReader(certificates.toString()));
                copy.copyIn("COPY key_digest (contract_number, digest, stored_at) FROM STDIN",
                        new StringReader(digests.toString()));
            }
            // the load's own aftermath must not run during the measurement: autovacuum of the new rows and the
            // checkpoint their WAL triggers would compete with the lookups for the same two cores
            try (Statement maintenance = connection.createStatement()) {
                maintenance.execute("VACUUM (ANALYZE) registered_certificate");
                maintenance.execute("VACUUM (ANALYZE) key_digest");
                maintenance.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Deletes the bulk rows (the append-only triggers are skipped for this session only). */
    void remove() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("DELETE FROM registered_certificate WHERE contract_number LIKE '" + OFFICE + "-%'");
            statement.execute("DELETE FROM key_digest WHERE contract_number LIKE '" + OFFICE + "-%'");
            statement.execute("SET session_replication_role = origin");
            // the deleted rows' clean-up must not run during the next measurement either
            statement.execute("VACUUM (ANALYZE) registered_certificate");
            statement.execute("VACUUM (ANALYZE) key_digest");
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("removing the bulk rows failed", e);
        }
    }

    static String number(long serial) {
        if (serial >= 1_000_000) {
            throw new IllegalArgumentException("office " + OFFICE + " has room for 1,000,000 numbers");
        }
        return OFFICE + "-" + String.format("%06d", serial);
    }

    private static String issuerId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT issuer_id FROM issuer ORDER BY added_at LIMIT 1")) {
            return row.next() ? row.getString(1) : "https://surety.esurety.example.jp/issuers/higashi-nihon";
        }
    }

    private long count(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count registered certificates", e);
        }
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
