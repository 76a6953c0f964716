package jp.esurety.platform.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ProblemMappersTest {

    @Test
    void invalidBodyAnswersProblemJsonWithFieldPathsAndJapaneseMessages() {
        given().contentType(ContentType.JSON).header("Accept-Language", "ja")
                .body("{\"name\":\"\",\"lines\":[{\"amount\":-5}]}")
                .when().post("/problem-probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("lines[0].amount"))
                .body("errors.find { it.field == 'name' }.message", containsString("空白"));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        given().contentType(ContentType.JSON).body("{oops")
                .when().post("/problem-probe")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void businessRuleViolationNamesTheRuleAndField() {
        given().when().get("/problem-probe/rule")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.RULE_PREFIX + "advance-payment-ratio"))
                .body("errors[0].field", equalTo("lines[0].guaranteeAmount"));
    }

    @Test
    void unexpectedFailureHidesItsStackTrace() {
        given().when().get("/problem-probe/boom")
                .then().statusCode(500).contentType("application/problem+json")
                .body("detail", containsString("エラーID"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("secret-internal-detail")));
    }

    @Test
    void unknownPathIsAProblemToo() {
        given().when().get("/problem-probe/missing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", notNullValue());
    }

    // found by the API fuzz test (deploy/system-tests ApiFuzzIT): bare 400s, bare 403s and 500s on odd input

    @Test
    void bodyOfTheWrongShapeIsAProblemNotABare400() {
        for (String body : java.util.List.of("42", "[{}]", "\"text\"", "{\"name\":\"a\",\"lines\":{}}")) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/problem-probe")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo(ProblemTypes.VALIDATION)).body("status", equalTo(400));
        }
    }

    @Test
    void inputTheDatabaseCannotStoreIsABadRequestNotAServerError() {
        // a NUL character: PostgreSQL refuses it in text (SQLSTATE 22021)
        given().urlEncodingEnabled(false).when().get("/problem-probe/stored/a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.VALIDATION)).body("status", equalTo(400))
                .body(not(containsString("SQL")));
        given().when().get("/problem-probe/stored/10101-000001").then().statusCode(200);
    }

    @Test
    void callerWithoutTheRoleGetsAProblemNotABare403() {
        String contractor = TestTokens.token("contractor1", java.util.Set.of("contractor"), java.util.Map.of());
        given().auth().oauth2(contractor).when().get("/problem-probe/admin-only")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.FORBIDDEN)).body("status", equalTo(403));
        String admin = TestTokens.token("admin1", java.util.Set.of("surety_admin"), java.util.Map.of());
        given().auth().oauth2(admin).when().get("/problem-probe/admin-only").then().statusCode(200);
    }
}
