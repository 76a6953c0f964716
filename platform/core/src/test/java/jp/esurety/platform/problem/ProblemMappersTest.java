package jp.esurety.platform.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
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
}
