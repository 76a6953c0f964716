package jp.esurety.issuance.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Requests the API fuzz test (deploy/system-tests ApiFuzzIT) found answered with a 500 or a bare 400/403: a NUL
 * character in a contract number, a body of the wrong shape, a caller without the role. Each is a 4xx problem.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class MalformedRequestProblemsTest {

    static final String UNDERWRITER = TestTokens.token("underwriter1", Set.of("underwriter"),
            Map.of("branch_code", "10101"));

    @Test
    void aNulCharacterInAContractNumberIsABadRequestNotAServerError() {
        given().auth().oauth2(TestTokens.contractor("C0001")).urlEncodingEnabled(false)
                .when().get("/api/funds/contracts/%00/schedule")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        given().auth().oauth2(UNDERWRITER).urlEncodingEnabled(false).contentType(ContentType.JSON).body("{}")
                .when().post("/api/underwriting/contracts/%00/payment")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBodyOfTheWrongShapeIsAProblemNotABare400() {
        for (String body : new String[] {"42", "[{}]", "false", "\"text\""}) {
            given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON).body(body)
                    .when().post("/api/premiums/quote")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
    }

    @Test
    void aCallerWithoutTheRoleGetsAProblemNotABare403() {
        given().auth().oauth2(TestTokens.contractor("C0001")).when().get("/api/admin/branches")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }
}
