package jp.esurety.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.ReceivedMail;
import jp.esurety.registry.IssuanceEvents;
import jp.esurety.registry.persistence.RegisteredCertificateEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static jp.esurety.registry.IssuanceEvents.KEY;
import static jp.esurety.registry.IssuanceEvents.OMITAMA;
import static jp.esurety.registry.IssuanceEvents.lookup;
import static jp.esurety.registry.IssuanceEvents.ordererToken;
import static jp.esurety.registry.IssuanceEvents.randomIp;
import static jp.esurety.registry.IssuanceEvents.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Append-only versions: amendments, corrections, cancelled changes, cancellation, key reissue, new-version notices. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class CertificateVersionsTest {

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;

    IssuanceEvents issuance;
    String token;

    @BeforeEach
    void setUp() {
        issuance = new IssuanceEvents(producer, codec, mapper);
        token = ordererToken(uniqueUser("omitama-keiyaku"), OMITAMA, null);
    }

    private int currentVersion(String number, String key) {
        return lookup(token, randomIp(), number, key).then().statusCode(200).extract().path("version");
    }

    private void awaitVersion(String number, int version) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            var r = lookup(token, randomIp(), number, KEY);
            return r.statusCode() == 200 && r.jsonPath().getInt("version") == version;
        });
    }

    @Test
    void lookupAnswersTheCurrentVersionAfterAnAmendment() {
        String number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA);
        awaitVersion(number, 1);
        issuance.amended(number, OMITAMA, 2, 1, 25_000_000);
        awaitVersion(number, 2);
        lookup(token, randomIp(), number, KEY).then().statusCode(200)
                .body("versionKind", equalTo("AMENDMENT"))
                .body("sequence", equalTo(1))
                .body("credential.credentialSubject.guaranteeAmount", equalTo(25_000_000))
                .body("credential.proof.cryptosuite", equalTo("eddsa-jcs-2022"));
    }

    @Test
    void everyVersionIsKeptAndTheDatabaseRefusesChangingOne() {
        String number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA);
        issuance.amended(number, OMITAMA, 2, 1, 25_000_000);
        awaitVersion(number, 2);
        List<RegisteredCertificateEntity> versions = QuarkusTransaction.requiringNew()
                .call(() -> RegisteredCertificateEntity.versions(number));
        assertThat(versions).extracting(v -> v.version).containsExactly(1, 2);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE registered_certificate SET credential = '{}' WHERE contract_number = ?1")
                .setParameter(1, number).executeUpdate())).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM registered_certificate WHERE contract_number = ?1")
                .setParameter(1, number).executeUpdate())).hasStackTraceContaining("append-only");
    }

    @Test
    void aCorrectionReplacesTheVersionItSupersedes() {
        String number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA);
        issuance.amended(number, OMITAMA, 2, 1, 25_000_000);
        issuance.corrected(number, OMITAMA, 2, 3, 24_000_000);
        awaitVersion(number, 3);
        lookup(token, randomIp(), number, KEY).then().statusCode(200)
                .body("versionKind", equalTo("AMENDMENT"))
                .body("sequence", equalTo(1))
                .body("credential.credentialSubject.guaranteeAmount", equalTo(24_000_000));
    }

    @Test
    void aCancelledAmendmentIsHiddenAndThePreviousVersionIsCurrentAgain() {
        String number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA);
        issuance.amended(number, OMITAMA, 2, 1, 25_000_000);
        awaitVersion(number, 2);
        issuance.amendmentCancelled(number, 2);
        awaitVersion(number, 1);
        assertThat(currentVersion(number, KEY)).isEqualTo(1);
    }

    @Test
    void aCancelledGuaranteeShowsTheCancellationBanner() {
        String number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA);
        awaitVersion(number, 1);
        issuance.guaranteeCancelled(number);
        await().atMost(Duration.ofSeconds(90)).until(() ->
                "CANCELLED".equals(lookup(token, randomIp(), number, KEY).jsonPath().getString("status")));
        lookup(token, randomIp(), number, KEY).then().body("statusBanner", equalTo("この保証契約は解約されています。"));
    }

    @Test
    void aReissuedKeyReplacesTheOldOne() {
        String number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA);
        awaitVersion(number, 1);
        issuance.keyReissued(number, "NewKey8Xy2Ab");
        await().atMost(Duration.ofSeconds(90)).until(() ->
                lookup(token, randomIp(), number, "NewKey8Xy2Ab").statusCode() == 200);
        lookup(ordererToken(uniqueUser("other"), OMITAMA, null), randomIp(), number, KEY).then().statusCode(404);
    }

    @Test
    void ordererWhoViewedIsToldOfANewVersionInTheInboxAndByMail() {
        String number = IssuanceEvents.nextContractNumber();
        String user = uniqueUser("omitama-zaisei");
        String mail = user + "@city.omitama.example.jp";
        String viewer = ordererToken(user, OMITAMA, mail);
        issuance.issued(number, OMITAMA);
        await().atMost(Duration.ofSeconds(90)).until(() -> lookup(viewer, randomIp(), number, KEY).statusCode() == 200);

        issuance.amended(number, OMITAMA, 2, 1, 25_000_000);
        await().atMost(Duration.ofSeconds(90)).until(() -> !MailTestResource.inbox(mail).isEmpty());
        ReceivedMail received = MailTestResource.inbox(mail).getFirst();
        assertThat(received.subject()).contains("新しい版").contains(number);
        assertThat(received.text()).contains("第2版").doesNotContain(KEY);
        given().auth().oauth2(viewer).when().get("/api/v1/notices").then().statusCode(200)
                .body("[0].contractNumber", equalTo(number)).body("[0].version", equalTo(2));
        // someone who never viewed it is not told
        given().auth().oauth2(ordererToken(uniqueUser("never"), OMITAMA, null)).when().get("/api/v1/notices")
                .then().statusCode(200).body("size()", equalTo(0));
    }
}
