package jp.esurety.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as every service publishes and consumes it.
 *
 * @param id      unique event id (also the Kafka header {@code ce_id} and the consumers' dedupe key)
 * @param source  {@code /esurety/<service>}
 * @param type    {@code jp.esurety.<context>.<EventName>.v<N>}
 * @param subject the aggregate id (also the Kafka record key)
 * @param time    when the fact happened, UTC
 * @param data    the event's payload, validated against {@code docs/events/<EventName>.v<N>.schema.json}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        @JsonProperty("specversion") String specVersion,
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        @JsonProperty("datacontenttype") String dataContentType,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
    }

    /** A new event with a random id, stamped now. */
    public static EventEnvelope create(String source, String type, String subject, Instant time, JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID(), source, type, subject, time, JSON, data);
    }

    /** The event's name without context and version, e.g. {@code CertificateIssued}. */
    public String eventName() {
        return EventTypes.nameOf(type);
    }

    /** The schema version suffix, e.g. {@code v1}. */
    public String version() {
        return EventTypes.versionOf(type);
    }
}
