package jp.esurety.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The event catalogue in docs/events is consistent: every schema has an example envelope that satisfies it. */
class EventCatalogueTest {

    static final Path EVENTS = Path.of("../../docs/events");
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final EventSchemaValidator validator = new EventSchemaValidator(mapper);
    private final EventCodec codec = new EventCodec(mapper);

    static Stream<String> eventNames() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".v1.schema.json"))
                    .map(f -> f.substring(0, f.indexOf(".v1.schema.json")))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("eventNames")
    void exampleIsAValidEnvelopeThatSatisfiesItsSchema(String eventName) throws IOException {
        Path example = EVENTS.resolve("examples/" + eventName + ".v1.json");
        assertThat(example).exists();
        EventEnvelope event = codec.parse(Files.readString(example));
        assertThat(event.eventName()).isEqualTo(eventName);
        assertThat(event.source()).startsWith("/esurety/");
        validator.validate(event);
    }

    @Test
    void everyEventIsListedInTheAsyncApiDocument() throws IOException {
        String asyncapi = Files.readString(EVENTS.resolve("asyncapi.yaml"));
        List<String> missing = eventNames().filter(name -> !asyncapi.contains("./" + name + ".v1.schema.json")).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void examplesOnTheClassPathAreTheDocumentedOnes() throws IOException {
        JsonNode shipped = validator.example("CertificateIssued");
        JsonNode documented = mapper.readTree(EVENTS.resolve("examples/CertificateIssued.v1.json").toFile());
        assertThat(shipped).isEqualTo(documented);
    }
}
