package jp.esurety.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates an event's data against its JSON Schema from {@code docs/events} (shipped in this jar under
 * {@code META-INF/esurety/events/<EventName>.<version>.schema.json}). An event type without a schema is invalid:
 * the catalogue is the contract.
 */
@ApplicationScoped
public class EventSchemaValidator {

    static final String LOCATION = "META-INF/esurety/events/";

    private final ObjectMapper mapper;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    public EventSchemaValidator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void validate(EventEnvelope event) {
        JsonSchema schema = schemaFor(event.eventName() + "." + event.version());
        Set<ValidationMessage> messages = schema.validate(event.data());
        if (!messages.isEmpty()) {
            List<String> violations = messages.stream()
                    .map(ValidationMessage::getMessage)
                    .sorted(Comparator.naturalOrder())
                    .toList();
            throw new EventSchemaViolationException(event.type(), violations);
        }
    }

    /** The example envelope shipped beside the schema, for consumers' contract tests. */
    public JsonNode example(String eventName) {
        return read(LOCATION + "examples/" + eventName + ".v1.json")
                .orElseThrow(() -> new IllegalArgumentException("no example for " + eventName));
    }

    private JsonSchema schemaFor(String nameAndVersion) {
        return schemas.computeIfAbsent(nameAndVersion, key -> read(LOCATION + key + ".schema.json")
                .map(factory::getSchema)
                .orElseThrow(() -> new MalformedEventException("no schema for event " + key)));
    }

    private Optional<JsonNode> read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
