package jp.esurety.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Timeouts and circuit breakers per upstream, and health, when the services behind the gateway are in trouble. */
@QuarkusTest
@WithTestResource(OidcTestResource.class)
@WithTestResource(FaultyUpstreams.class)
class UpstreamFailureTest {

    private final String token = TestTokens.contractor("C0001");

    @Test
    void aSlowUpstreamIsAGatewayTimeoutAfterItsOwnTimeout() {
        long start = System.nanoTime();
        given().auth().oauth2(token).when().get("/api/applications")
                .then().statusCode(504).contentType("application/problem+json")
                .body("title", startsWith("サービスの応答がありません"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms, well before the upstream's 3 s").isLessThan(2500);
        given().auth().oauth2(token).when().get("/api/orderers").then().statusCode(504);
    }

    @Test
    void anUnreachableUpstreamIsABadGatewayUntilItsBreakerOpens() {
        List<Response> answers = calls("/api/key-notices/10101-000001", 6);
        assertThat(answers.getFirst().statusCode()).isEqualTo(502);
        Response open = answers.getLast();
        assertThat(open.statusCode()).isEqualTo(503);
        open.then().contentType("application/problem+json").body("title", startsWith("サービスが一時的に利用できません"));
        assertThat(Integer.parseInt(open.header("Retry-After"))).isEqualTo(60);
    }

    @Test
    void anUpstreamInMaintenanceIsPassedOnThenItsBreakerOpens() {
        List<Response> answers = calls("/api/contracts", 6);
        answers.getFirst().then().statusCode(503).body("detail", equalTo(FaultyUpstreams.MAINTENANCE_DETAIL));
        answers.getLast().then().statusCode(503).body("title", startsWith("サービスが一時的に利用できません"))
                .header("Retry-After", "60");
    }

    @Test
    void readinessIsDownAndNamesEachUpstream() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.issuance", equalTo("DOWN (HTTP 503)"))
                .body("checks.find { it.name == 'upstreams' }.data.notification", equalTo("DOWN (no answer)"))
                .body("checks.find { it.name == 'upstreams' }.data.application", equalTo("DOWN (no answer)"));
    }

    @Test
    void livenessDoesNotDependOnTheUpstreams() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    private List<Response> calls(String path, int count) {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(given().auth().oauth2(token).when().get(path));
        }
        return answers;
    }
}
