package jp.esurety.registry.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.esurety.registry.IssuanceEvents.OMITAMA;
import static jp.esurety.registry.IssuanceEvents.ordererToken;
import static jp.esurety.registry.IssuanceEvents.uniqueUser;

/** Outside a benchmark the bare endpoint does not exist: 404 for orderers and anonymous callers alike. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class BenchBareEndpointDisabledTest {

    @Test
    void bareEndpointIsNotFoundUnlessTheBenchmarkSwitchesItOn() {
        Map<String, String> body = Map.of("contractNumber", "10101-000001", "authenticationKey", "Z28YUE4J3Bux");
        given().auth().oauth2(ordererToken(uniqueUser("bench"), OMITAMA, null)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/bench/bare-lookup").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/bench/bare-lookup").then().statusCode(404);
    }
}
