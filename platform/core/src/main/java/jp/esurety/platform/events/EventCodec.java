package jp.esurety.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Reads and writes envelopes as structured CloudEvents JSON and converts their data to and from records. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String serialize(EventEnvelope event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    /** Parses a structured envelope; anything unreadable is a {@link MalformedEventException}. */
    public EventEnvelope parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record value");
        }
        EventEnvelope event;
        try {
            event = mapper.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException("not a CloudEvents envelope: " + e.getMessage(), e);
        }
        if (!EventEnvelope.SPEC_VERSION.equals(event.specVersion())) {
            throw new MalformedEventException("unsupported specversion " + event.specVersion());
        }
        if (!EventTypes.isValid(event.type())) {
            throw new MalformedEventException("unknown event type " + event.type());
        }
        if (event.data() == null || !event.data().isObject()) {
            throw new MalformedEventException("event " + event.id() + " has no data object");
        }
        return event;
    }

    /** Builds an envelope whose data is the JSON form of {@code data}. */
    public EventEnvelope envelope(String source, String type, String subject, Instant time, Object data) {
        return EventEnvelope.create(source, type, subject, time, mapper.valueToTree(data));
    }

    /** The event's data as the given record type. */
    public <T> T dataAs(EventEnvelope event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("data of " + event.type() + " does not fit " + type.getSimpleName(), e);
        }
    }

    public JsonNode toTree(Object value) {
        return mapper.valueToTree(value);
    }
}
