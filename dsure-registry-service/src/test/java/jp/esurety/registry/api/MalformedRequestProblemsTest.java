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
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Requests the API fuzz test (deploy/system-tests ApiFuzzIT) found answered with a 500 or a bare status: a missing
 * body, a body of the wrong shape, a NUL character in a search filter, a caller without the role. Each is a 4xx
 * problem the caller can act on.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class MalformedRequestProblemsTest {

    static final String ADMIN = TestTokens.token("dsure-admin", Set.of("registry_admin"), Map.of());

    @Test
    void changingAnOrdererWithoutABodyIsABadRequest() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .when().put("/api/v1/admin/orderers/ORD-999001")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .when().post("/api/v1/admin/orderers")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .when().post("/api/v1/admin/trust-anchors")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("admin-ORD-122173", Set.of("orderer_admin"),
                        Map.of("orderer_id", "ORD-122173"))).contentType(ContentType.JSON)
                .when().put("/api/v1/orderers/ORD-122173/submission-settings")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("tanaka-" + System.nanoTime(), Set.of("orderer"),
                        Map.of("orderer_id", "ORD-082368"))).contentType(ContentType.JSON)
                .when().post("/api/v1/verifications")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBodyOfTheWrongShapeIsAProblem() {
        for (String body : new String[] {"42", "[{}]", "\"text\"", "true"}) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/admin/orderers")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
    }

    @Test
    void aNulCharacterInAnAuditSearchIsABadRequestNotAServerError() {
        given().auth().oauth2(ADMIN).urlEncodingEnabled(false)
                .when().get("/api/v1/admin/audit-entries?outcome=%00&contractNumber=10101-%00")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void aCallerWithoutTheRoleGetsAProblem() {
        given().auth().oauth2(ADMIN).when().get("/api/ops/dead-letters")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void aMissingOrInvalidTokenOnTheApiIsA401Problem() {
        given().when().get("/api/v1/admin/audit-entries")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401))
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        given().auth().oauth2("not.a.token").when().get("/api/v1/notices")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401))
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        // the directory is public: without a token it answers
        given().when().get("/api/v1/orderers").then().statusCode(200);
    }

    @Test
    void thePortalStillSendsTheBrowserToTheLogin() {
        given().redirects().follow(false).when().get("/portal")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(302), equalTo(303)));
    }
}
