package jp.esurety.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.registry.IssuanceEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.esurety.registry.IssuanceEvents.KEY;
import static jp.esurety.registry.IssuanceEvents.OMITAMA;
import static jp.esurety.registry.IssuanceEvents.lookup;
import static jp.esurety.registry.IssuanceEvents.ordererToken;
import static jp.esurety.registry.IssuanceEvents.randomIp;
import static jp.esurety.registry.IssuanceEvents.uniqueUser;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The benchmark's bare endpoint (deploy/bench P2), switched on: the same token validation as the lookup and one read
 * of the key digest — and nothing an orderer could use to open a certificate.
 */
@QuarkusTest
@TestProfile(BenchBareEndpointTest.Enabled.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class BenchBareEndpointTest {

    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("esurety.bench.bare-endpoint.enabled", "true");
        }
    }

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;

    @Test
    void ordererTokenReadsWhetherANumberIsRegisteredButNeverTheCertificate() {
        String number = IssuanceEvents.nextContractNumber();
        new IssuanceEvents(producer, codec, mapper).issued(number, OMITAMA);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                lookup(ordererToken(uniqueUser("probe"), OMITAMA, null), randomIp(), number, KEY).statusCode() == 200);

        String token = ordererToken(uniqueUser("bench"), OMITAMA, null);
        bare(token, number).then().statusCode(200)
                .body("contractNumber", equalTo(number))
                .body("registered", equalTo(true))
                .body("credential", org.hamcrest.Matchers.nullValue());
        bare(token, "99999-999999").then().statusCode(200).body("registered", equalTo(false));
    }

    @Test
    void bareEndpointValidatesTheTokenLikeTheLookup() {
        given().contentType(ContentType.JSON).body(Map.of("contractNumber", "10101-000001"))
                .post("/api/v1/bench/bare-lookup").then().statusCode(401);
        bare("not-a-token", "10101-000001").then().statusCode(401);
        bare(TestTokens.contractor("C0001"), "10101-000001").then().statusCode(403);
    }

    private static Response bare(String token, String number) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("contractNumber", number, "authenticationKey", KEY))
                .post("/api/v1/bench/bare-lookup");
    }
}
