package jp.esurety.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(EchoUpstream.class)
class ApiProxyTest {

    @Test
    void apiCallIsForwardedWithTheCallersTokenPathAndQuery() {
        String token = TestTokens.contractor("C0001");
        given().auth().oauth2(token)
                .when().get("/api/applications/abc?page=2")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/applications/abc"))
                .body("query", equalTo("page=2"))
                .body("authorization", equalTo("Bearer " + token))
                .header("X-Internal", nullValue());
    }

    @Test
    void bodyIsForwarded() {
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON).body("{\"a\":1}")
                .when().post("/api/applications")
                .then().statusCode(200).body("method", equalTo("POST")).body("body", equalTo("{'a':1}"));
    }

    @Test
    void anonymousApiCallIsNotForwarded() {
        given().header("X-Requested-With", "JavaScript").when().get("/api/applications")
                .then().statusCode(499);
    }

    @Test
    void unknownApiIsAProblem() {
        given().auth().oauth2(TestTokens.contractor("C0001")).when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void publicKeysNeedNoLogin() {
        given().when().get("/.well-known/certificate-keys")
                .then().statusCode(200).body("path", equalTo("/.well-known/certificate-keys"))
                .body("authorization", equalTo(""));
    }

    @Test
    void responsesCarryStrictSecurityHeaders() {
        given().when().get("/index.html")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }
}
