package jp.esurety.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

/**
 * Request size limit and the per-user rate limit (its own profile: 30 requests at once, then one every 100 s, so the
 * outcome never depends on how fast this machine sends; each test signs in as its own user, so buckets do not meet).
 */
@QuarkusTest
@TestProfile(RequestLimitsTest.SlowRefill.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(EchoUpstream.class)
class RequestLimitsTest {

    public static class SlowRefill implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("esurety.gateway.rate-limit.capacity", "30", "esurety.gateway.rate-limit.refill-per-second", "0.01");
        }
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() {
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON)
                .body("x".repeat(1024 * 1024 + 1))
                .when().post("/api/applications")
                .then().statusCode(413).contentType("application/problem+json")
                .body("title", startsWith("送信データが大きすぎます"));
    }

    @Test
    void aBodyUpToTheLimitIsForwarded() {
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON)
                .body("x".repeat(512 * 1024))
                .when().post("/api/applications")
                .then().statusCode(200);
    }

    @Test
    void tooManyRequestsFromOneUserAre429WithRetryAfter() {
        String token = token("rate-user-1");
        Response refused = burst(token, 40);
        assertThat(refused).as("a 429 within 40 requests").isNotNull();
        refused.then().contentType("application/problem+json").body("title", startsWith("リクエストが多すぎます"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
    }

    @Test
    void anotherUserIsNotSlowedDownByTheFirst() {
        assertThat(burst(token("rate-user-2"), 40)).isNotNull();
        given().auth().oauth2(token("rate-user-3")).when().get("/api/applications").then().statusCode(200);
    }

    private static String token(String username) {
        return TestTokens.token(username, Set.of("contractor"), Map.of("contractor_id", username));
    }

    /** The first 429 among that many requests, or null. */
    private static Response burst(String token, int requests) {
        for (int i = 0; i < requests; i++) {
            Response response = given().auth().oauth2(token).when().get("/api/applications");
            if (response.statusCode() == 429) {
                return response;
            }
            assertThat(response.statusCode()).isEqualTo(200);
        }
        return null;
    }
}
