package jp.esurety.platform.ops;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.inbox.DeadLetterPublisher;
import jp.esurety.platform.support.Effects;
import jp.esurety.platform.support.ThingConsumer;
import jp.esurety.platform.support.Things;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * DLT inspection and replay for role ops, on the real broker: an event that failed (say, a bug since fixed) is
 * listed with its reason, replayed through the service's own consumer, applied once, and cannot be replayed twice.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class DeadLetterResourceTest {

    private static final String TOPIC = "thing-events";
    private static final String DLT = DeadLetterPublisher.topicFor(TOPIC, ThingConsumer.GROUP);
    private static final String OPS = TestTokens.token("ops1", Set.of("ops"), Map.of());

    @Inject
    DeadLetterPublisher deadLetters;
    @Inject
    EventCodec codec;
    @Inject
    Effects effects;

    @Test
    void opsSeeADeadLetterWithItsReasonAndReplayItExactlyOnce() {
        EventEnvelope event = deadLetter(new Things.ThingHappened("fixed-bug-" + UUID.randomUUID()));

        JsonPath letter = await().atMost(Duration.ofSeconds(30)).until(() -> find(event), l -> l != null);
        assertThat(letter.getString("originalTopic")).isEqualTo(TOPIC);
        assertThat(letter.getLong("originalOffset")).isEqualTo(41L);
        assertThat(letter.getString("eventType")).isEqualTo(Things.TYPE);
        assertThat(letter.getString("reason")).isEqualTo("handler failed: database was down");
        assertThat(letter.getString("replay")).isNull();
        assertThat(effects.countFor(event.id())).isZero();
        String at = DLT + "/" + letter.getInt("partition") + "/" + letter.getLong("offset");

        given().auth().oauth2(OPS).when().post("/api/ops/dead-letters/" + at + "/replay")
                .then().statusCode(200).body("replayedBy", equalTo("ops1")).body("targetTopic", equalTo(TOPIC));
        assertThat(effects.countFor(event.id())).as("applied by the replay").isEqualTo(1);

        given().auth().oauth2(OPS).when().post("/api/ops/dead-letters/" + at + "/replay")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("このデッドレターは再処理済みです。"));
        assertThat(effects.countFor(event.id())).isEqualTo(1);
        assertThat(find(event).getString("replay.replayedBy")).isEqualTo("ops1");
    }

    @Test
    void onlyOpsMayReadOrReplayDeadLetters() {
        given().when().get("/api/ops/dead-letters").then().statusCode(401);
        String contractor = TestTokens.contractor("C0001");
        given().auth().oauth2(contractor).when().get("/api/ops/dead-letters").then().statusCode(403);
        given().auth().oauth2(contractor).when().post("/api/ops/dead-letters/" + DLT + "/0/0/replay").then().statusCode(403);
    }

    @Test
    void aTopicOfAnotherServiceIsNotFound() {
        given().auth().oauth2(OPS).when().get("/api/ops/dead-letters?topic=thing-events.other-service.dlt")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Dead-letters a valid event as the consumer does when its handler keeps failing. */
    private EventEnvelope deadLetter(Things.ThingHappened thing) {
        EventEnvelope event = EventEnvelope.create("/esurety/test", Things.TYPE, thing.name(), Instant.now(),
                codec.toTree(thing));
        ConsumerRecord<String, String> failed = new ConsumerRecord<>(TOPIC, 0, 41L, event.subject(), codec.serialize(event));
        failed.headers().add(KafkaHeaderNames.EVENT_ID, event.id().toString().getBytes(StandardCharsets.UTF_8));
        failed.headers().add(KafkaHeaderNames.EVENT_TYPE, event.type().getBytes(StandardCharsets.UTF_8));
        deadLetters.send(failed, ThingConsumer.GROUP, new IllegalStateException("handler failed: database was down"));
        return event;
    }

    /** The listed dead letter of this event, or null. */
    private static JsonPath find(EventEnvelope event) {
        JsonPath list = given().auth().oauth2(OPS).when().get("/api/ops/dead-letters?topic=" + DLT)
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = list.getList("eventId", String.class);
        int i = ids.indexOf(event.id().toString());
        return i < 0 ? null : list.setRootPath("[" + i + "]");
    }
}
