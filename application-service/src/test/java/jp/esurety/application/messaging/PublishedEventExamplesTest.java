package jp.esurety.application.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every documented example of the events this service publishes — also the extra ones beside the main example, such
 * as a paper-only resubmission with a free-text orderer and a bid bond converted into a contract guarantee —
 * satisfies its schema.
 */
class PublishedEventExamplesTest {

    private static final Path EXAMPLES = Path.of("../docs/events/examples");
    private static final List<String> PUBLISHED = List.of("ApplicationSubmitted", "ApplicationWithdrawn",
            "AmendmentRequested");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final EventSchemaValidator schemas = new EventSchemaValidator(mapper);
    private final EventCodec codec = new EventCodec(mapper);

    @Test
    void everyExampleOfOurEventsSatisfiesItsSchema() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(f -> PUBLISHED.stream().anyMatch(name -> f.getFileName().toString()
                    .startsWith(name + "."))).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThan(PUBLISHED.size());
        for (Path example : examples) {
            EventEnvelope event = codec.parse(Files.readString(example));
            assertThat(PUBLISHED).as(example.toString()).contains(event.eventName());
            schemas.validate(event);
        }
    }

    @Test
    void thePaperOnlyExampleNamesTheOrdererByNameAndConvertsABidBond() throws IOException {
        EventEnvelope event = codec.parse(Files.readString(
                EXAMPLES.resolve("ApplicationSubmitted.paper-free-text-orderer.v1.json")));
        assertThat(event.data().path("work").path("obligee").path("ordererId").isNull()).isTrue();
        assertThat(event.data().path("lines").findValuesAsText("format")).containsOnly("PAPER");
        assertThat(event.data().path("lines").get(1).path("bidBondContractNumber").asText()).isEqualTo("10101-000042");
        assertThat(event.data().path("resubmission").asBoolean()).isTrue();
    }
}
