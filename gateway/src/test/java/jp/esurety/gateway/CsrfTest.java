package jp.esurety.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Double-submit CSRF protection: cookie XSRF-TOKEN, header X-XSRF-TOKEN, on state-changing calls with the session. */
@QuarkusTest
@WithTestResource(OidcTestResource.class)
@WithTestResource(EchoUpstream.class)
class CsrfTest {

    @OidcWireMock
    WireMockServer provider;

    private BrowserLogin browser;
    private String token;

    @BeforeEach
    void signIn() {
        browser = BrowserLogin.signIn(provider, "csrf-user", Set.of("contractor"), Map.of("contractor_id", "C0009"), "/");
        token = browser.cookies().get("XSRF-TOKEN");
    }

    @Test
    void theTokenCookieIsReadableByTheSpaAndStrictlySameSite() {
        Response page = given().redirects().follow(false).get("/");
        String setCookie = page.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("SameSite=Strict").contains("Path=/")
                .doesNotContainIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
        assertThat(setCookie.substring("XSRF-TOKEN=".length(), setCookie.indexOf(';'))).hasSizeGreaterThanOrEqualTo(43);
        assertThat(token).as("the browser got one during sign-in").isNotBlank();
    }

    @Test
    void aStateChangingCallWithTheSessionButWithoutTheHeaderIsRefused() {
        browser.request().contentType(ContentType.JSON).body("{}").post("/api/applications")
                .then().statusCode(403).contentType("application/problem+json")
                .body("title", startsWith("不正な操作要求です")).body("status", equalTo(403));
    }

    @Test
    void aCallWithoutTheTokenCookieIsRefusedButGetsOneForTheNextTry() {
        browser.cookies().remove("XSRF-TOKEN");
        Response refused = browser.request().header("X-XSRF-TOKEN", token).post("/api/applications");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.detailedCookies().getValue("XSRF-TOKEN")).isNotBlank();
    }

    @Test
    void aWrongTokenIsRefused() {
        browser.request().header("X-XSRF-TOKEN", token + "x").delete("/api/applications/abc")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aStateChangingCallWithTheMatchingHeaderIsForwarded() {
        browser.request().header("X-XSRF-TOKEN", token).contentType(ContentType.JSON).body("{\"a\":1}")
                .put("/api/applications/abc")
                .then().statusCode(200).body("method", equalTo("PUT")).body("authorization", startsWith("Bearer "));
    }

    @Test
    void readsNeedNoToken() {
        browser.request().get("/api/applications").then().statusCode(200).body("method", equalTo("GET"));
    }

    @Test
    void bearerTokenClientsAreExempt() {
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/applications")
                .then().statusCode(200).body("method", equalTo("POST"));
    }
}
