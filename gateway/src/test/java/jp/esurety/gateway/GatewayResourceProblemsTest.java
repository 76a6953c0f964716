package jp.esurety.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The gateway's own resources answer errors as problems too (found by deploy/system-tests ApiFuzzIT). */
@QuarkusTest
@WithTestResource(OidcTestResource.class)
@WithTestResource(EchoUpstream.class)
class GatewayResourceProblemsTest {

    @Test
    void sessionAskedForAFormatItCannotProduceIsANotAcceptableProblem() {
        given().auth().oauth2(TestTokens.contractor("C0001")).accept("application/pdf")
                .when().get("/session")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
        given().auth().oauth2(TestTokens.contractor("C0001")).accept("application/json")
                .when().get("/session").then().statusCode(200);
    }
}
