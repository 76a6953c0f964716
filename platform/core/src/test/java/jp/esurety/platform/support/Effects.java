package jp.esurety.platform.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** The observable effect of handling a test event: one row in {@code test_effect}. */
@ApplicationScoped
public class Effects {

    private final AgroalDataSource dataSource;

    public Effects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(UUID eventId, String name) {
        update("INSERT INTO test_effect (event_id, name) VALUES (?, ?)", eventId, name);
    }

    public long countFor(UUID eventId) {
        return count("SELECT count(*) FROM test_effect WHERE event_id = ?", eventId);
    }

    public long countNamed(String name) {
        return count("SELECT count(*) FROM test_effect WHERE name = ?", name);
    }

    public long outboxRows(String where, Object parameter) {
        return count("SELECT count(*) FROM outbox_event WHERE " + where, parameter);
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
