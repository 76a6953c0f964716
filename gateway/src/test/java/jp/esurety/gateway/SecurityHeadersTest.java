package jp.esurety.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Headers that keep the SPA and the API safe in the browser. */
@QuarkusTest
@WithTestResource(OidcTestResource.class)
@WithTestResource(EchoUpstream.class)
class SecurityHeadersTest {

    @Test
    void theSpaGetsAStrictContentSecurityPolicyThatAllowsOnlyItsOwnFiles() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self'"), containsString("style-src 'self'"),
                        containsString("font-src 'self'"), containsString("frame-ancestors 'none'"),
                        containsString("object-src 'none'"), not(containsString("unsafe-inline")),
                        not(containsString("unsafe-eval"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void noStrictTransportSecurityOutsideProduction() {
        given().when().get("/").then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void apiAnswersAreNeverCached() {
        given().auth().oauth2(TestTokens.contractor("C0001")).when().get("/api/applications")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void theSpaItselfMayBeCached() {
        given().when().get("/").then().statusCode(200).header("Cache-Control", not(containsString("no-store")));
    }
}
