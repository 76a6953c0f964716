package jp.esurety.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.platform.testing.TopicReader;
import jp.esurety.registry.IssuanceEvents;
import jp.esurety.registry.persistence.LookupLockEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static jp.esurety.registry.IssuanceEvents.KEY;
import static jp.esurety.registry.IssuanceEvents.NOT_FOUND;
import static jp.esurety.registry.IssuanceEvents.OMITAMA;
import static jp.esurety.registry.IssuanceEvents.lookup;
import static jp.esurety.registry.IssuanceEvents.ordererToken;
import static jp.esurety.registry.IssuanceEvents.randomIp;
import static jp.esurety.registry.IssuanceEvents.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Brute-force protection of lookups: lockout, rate limits (state in PostgreSQL), audit log, CertificateViewed. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class LookupProtectionTest {

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;
    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    IssuanceEvents issuance;

    @BeforeEach
    void setUp() {
        issuance = new IssuanceEvents(producer, codec, mapper);
    }

    String registered() {
        String number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA);
        // a fresh probe user and address per poll, so a slow registration never runs into the lookup rate limits
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                lookup(ordererToken(uniqueUser("probe"), OMITAMA, null), randomIp(), number, KEY).statusCode() == 200);
        return number;
    }

    @Test
    void userIsLockedOutOfAContractAfterExactlyFiveFailures() {
        String number = registered();
        String token = ordererToken(uniqueUser("tanaka"), OMITAMA, null);
        String ip = randomIp();
        double lockoutsBefore = meters.counter(LookingUpCertificate.LOCKOUT_METRIC).count();
        for (int i = 1; i <= 5; i++) {
            lookup(token, ip, number, "WrongKey000" + i).then().statusCode(404).body("detail", equalTo(NOT_FOUND));
        }
        lookup(token, ip, number, KEY).then().statusCode(429)
                .body("type", equalTo("urn:esurety:problem:rule:lookup-locked"));
        org.assertj.core.api.Assertions.assertThat(meters.counter(LookingUpCertificate.LOCKOUT_METRIC).count())
                .as("one lockout counted for ops' alert").isEqualTo(lockoutsBefore + 1);
        // another user of the same organisation is not locked out
        lookup(ordererToken(uniqueUser("suzuki"), OMITAMA, null), ip, number, KEY).then().statusCode(200);
    }

    @Test
    void fourFailuresDoNotLockAndASuccessResetsTheCount() {
        String number = registered();
        String token = ordererToken(uniqueUser("sato"), OMITAMA, null);
        String ip = randomIp();
        for (int i = 1; i <= 4; i++) {
            lookup(token, ip, number, "WrongKey000" + i).then().statusCode(404);
        }
        lookup(token, ip, number, KEY).then().statusCode(200);
        for (int i = 1; i <= 4; i++) {
            lookup(token, ip, number, "WrongKey000" + i).then().statusCode(404);
        }
        lookup(token, ip, number, KEY).then().statusCode(200);
    }

    @Test
    void lockIsReleasedAfterTheThirtyMinuteWindow() {
        String number = registered();
        String user = uniqueUser("ito");
        String token = ordererToken(user, OMITAMA, null);
        String ip = randomIp();
        for (int i = 1; i <= 5; i++) {
            lookup(token, ip, number, "WrongKey000" + i).then().statusCode(404);
        }
        LookupLockEntity lock = QuarkusTransaction.requiringNew().call(() ->
                LookupLockEntity.findById(new LookupLockEntity.Key(user, number)));
        assertThat(lock.failures).isEqualTo(5);
        assertThat(Duration.between(Instant.now(), lock.lockedUntil)).isBetween(Duration.ofMinutes(29),
                Duration.ofMinutes(30));
        lookup(token, ip, number, KEY).then().statusCode(429);

        // 30 minutes pass: move the stored lock into the past, as the database clock would see it
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE lookup_lock SET locked_until = now() - interval '1 second' WHERE username = ?1")
                .setParameter(1, user).executeUpdate());
        lookup(token, ip, number, KEY).then().statusCode(200);
    }

    @Test
    void concurrentFailuresOnSeveralConnectionsCountExactlyOnceEach() throws Exception {
        // what two replicas do: attempts on separate connections at the same time; the lock row serialises them
        String number = registered();
        String user = uniqueUser("watanabe");
        String token = ordererToken(user, OMITAMA, null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                attempts.add(() -> lookup(token, randomIp(), number, "WrongKey" + String.format("%04d", n)).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(attempts)) {
                statuses.add(f.get());
            }
            assertThat(statuses.stream().filter(s -> s == 404).count()).isEqualTo(5);
            assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrongKeyUnknownNumberAndOtherOrderersCertificateGiveTheSameAnswer() {
        String number = registered();
        String ip = randomIp();
        String wrongKey = lookup(ordererToken(uniqueUser("a"), OMITAMA, null), ip, number, "Z28YUE4J3Bus").then()
                .statusCode(404).extract().asString();
        String unknown = lookup(ordererToken(uniqueUser("a"), OMITAMA, null), ip, "99999-999999", KEY).then()
                .statusCode(404).extract().asString();
        String otherOrderer = lookup(ordererToken(uniqueUser("a"), IssuanceEvents.KASHIWA, null), ip, number, KEY)
                .then().statusCode(404).extract().asString();
        assertThat(unknown).isEqualTo(wrongKey);
        assertThat(otherOrderer).isEqualTo(wrongKey);
    }

    @Test
    void userOverTheRateLimitIsRefused() {
        String number = registered();
        String user = uniqueUser("kato");
        fillWindow("user:" + user, 30);
        lookup(ordererToken(user, OMITAMA, null), randomIp(), number, KEY).then().statusCode(429)
                .body("type", equalTo("urn:esurety:problem:rule:lookup-rate-limit"));
    }

    @Test
    void addressOverTheRateLimitIsRefusedForEveryUser() {
        String number = registered();
        String ip = randomIp();
        fillWindow("ip:" + ip, 300);
        lookup(ordererToken(uniqueUser("yamada"), OMITAMA, null), ip, number, KEY).then().statusCode(429);
        lookup(ordererToken(uniqueUser("yamada"), OMITAMA, null), randomIp(), number, KEY).then().statusCode(200);
    }

    @Test
    void everyViewAndFailureIsAuditedAndSearchableByRegistryStaff() {
        String number = registered();
        String user = uniqueUser("kobayashi");
        String ip = randomIp();
        lookup(ordererToken(user, OMITAMA, null), ip, number, "WrongKey0001").then().statusCode(404);
        lookup(ordererToken(user, OMITAMA, null), ip, number, KEY).then().statusCode(200);

        String admin = TestTokens.token("dsure-admin", Set.of("registry_admin"), java.util.Map.of());
        given().auth().oauth2(admin).queryParam("username", user).when().get("/api/v1/admin/audit-entries")
                .then().statusCode(200)
                .body("outcome", hasItems("VIEWED", "FAILED"))
                .body("[0].contractNumber", equalTo(number))
                .body("[0].clientIp", equalTo(ip))
                .body("[0].channel", equalTo("API"));
        given().auth().oauth2(admin).queryParam("contractNumber", number).queryParam("outcome", "FAILED")
                .when().get("/api/v1/admin/audit-entries").then().statusCode(200).body("username", hasItems(user));
        given().auth().oauth2(TestTokens.orderer(OMITAMA)).when().get("/api/v1/admin/audit-entries")
                .then().statusCode(403);
    }

    @Test
    void aViewIsPublishedAsCertificateViewed() {
        String number = registered();
        List<EventEnvelope> events = TopicReader.readKey("registry-events", number, 2, Duration.ofSeconds(90))
                .stream().map(r -> codec.parse(r.value())).toList();
        EventEnvelope viewed = events.stream().filter(e -> e.type().endsWith("CertificateViewed.v1")).findFirst()
                .orElseThrow();
        assertThat(viewed.data().get("ordererId").asText()).isEqualTo(OMITAMA);
        assertThat(viewed.data().get("ordererName").asText()).isEqualTo("小美玉市長");
        assertThat(viewed.data().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void repeatedViewsOfOneVersionAreReportedOncePerIntervalButEachIsAudited() {
        String number = registered(); // one probe user's view: CertificateRegistered + 1 CertificateViewed so far
        String user = uniqueUser("ecsys");
        String token = ordererToken(user, OMITAMA, null);
        for (int i = 0; i < 4; i++) {
            lookup(token, randomIp(), number, KEY).then().statusCode(200);
        }
        // the reader waits its whole timeout for a fourth record of the number, which must not come
        List<String> types = TopicReader.readKey("registry-events", number, 4, Duration.ofSeconds(10)).stream()
                .map(r -> codec.parse(r.value()).type()).toList();
        assertThat(types).filteredOn(t -> t.endsWith("CertificateViewed.v1")).hasSize(2);

        String admin = TestTokens.token("dsure-admin", Set.of("registry_admin"), java.util.Map.of());
        given().auth().oauth2(admin).queryParam("username", user).queryParam("outcome", "VIEWED")
                .when().get("/api/v1/admin/audit-entries").then().statusCode(200).body("size()", equalTo(4));
    }

    private void fillWindow(String bucket, int hits) {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        QuarkusTransaction.requiringNew().run(() -> {
            for (Instant w : List.of(minute, minute.plus(1, ChronoUnit.MINUTES))) {
                em.createNativeQuery("INSERT INTO rate_window (bucket, window_start, hits) VALUES (?1, ?2, ?3) "
                                + "ON CONFLICT (bucket, window_start) DO UPDATE SET hits = ?3")
                        .setParameter(1, bucket).setParameter(2, w).setParameter(3, hits).executeUpdate();
            }
        });
    }
}
