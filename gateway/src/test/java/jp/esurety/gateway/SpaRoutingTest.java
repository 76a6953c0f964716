package jp.esurety.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.esurety.platform.testing.OidcTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/** The SPA built by Quinoa is served at every client route, while API paths never fall back to it. */
@QuarkusTest
@WithTestResource(OidcTestResource.class)
@WithTestResource(EchoUpstream.class)
class SpaRoutingTest {

    @Test
    void aDeepLinkIntoTheSpaLoadsTheSameJapanesePage() {
        for (String path : new String[]{"/", "/applications/new", "/contracts/10101-000001", "/staff/underwriting"}) {
            given().when().get(path)
                    .then().statusCode(200).contentType(startsWith("text/html"))
                    .body(containsString("<html lang=\"ja\">"), containsString("ネットデスク"));
        }
    }

    @Test
    void anUnknownApiPathIsAProblemNotThePage() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
