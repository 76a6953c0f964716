package jp.esurety.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Records an event in the {@code outbox_event} table inside the caller's transaction, so the state change and the
 * event commit together or not at all. The {@link OutboxRelay} publishes it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final EventCodec codec;
    private final EventSchemaValidator schemas;
    private final OutboxConfig config;
    private final String source;
    private final Clock clock;

    public Outbox(AgroalDataSource dataSource, EventCodec codec, EventSchemaValidator schemas, OutboxConfig config,
                  @ConfigProperty(name = "quarkus.application.name") String serviceName, Clock clock) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.schemas = schemas;
        this.config = config;
        this.source = "/esurety/" + serviceName;
        this.clock = clock;
    }

    /**
     * Adds an event to the outbox.
     *
     * @param topic   Kafka topic, e.g. {@code issuance-events}
     * @param type    CloudEvents type, see {@link jp.esurety.platform.events.EventTypes#of}
     * @param subject aggregate id: the envelope's subject and the Kafka key (per-aggregate order)
     * @param data    the event's data record
     * @return the envelope as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String type, String subject, Object data) {
        EventEnvelope event = codec.envelope(source, type, subject, clock.instant(), data);
        if (config.validateOnPublish()) {
            schemas.validate(event);
        }
        insert(topic, event);
        return event;
    }

    private void insert(String topic, EventEnvelope event) {
        String sql = "INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload) VALUES (?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, event.id());
            insert.setString(2, topic);
            insert.setString(3, event.subject());
            insert.setString(4, event.type());
            insert.setString(5, codec.serialize(event));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write event " + event.type() + " to the outbox", e);
        }
    }
}
