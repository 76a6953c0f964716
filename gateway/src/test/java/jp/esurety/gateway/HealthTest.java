package jp.esurety.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.esurety.platform.testing.OidcTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Readiness reflects the services behind the gateway (here all answer). */
@QuarkusTest
@WithTestResource(OidcTestResource.class)
@WithTestResource(EchoUpstream.class)
class HealthTest {

    @Test
    void readyWhenEveryUpstreamIsReady() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("upstreams"))
                .body("checks.find { it.name == 'upstreams' }.data.application", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.issuance", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.notification", equalTo("UP"));
    }
}
