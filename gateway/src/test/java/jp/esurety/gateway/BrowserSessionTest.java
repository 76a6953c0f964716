package jp.esurety.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.response.Response;
import jp.esurety.platform.testing.OidcTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The SPA's view of signing in and out: public pages, /login, /session, /logout, and no redirects for fetch. */
@QuarkusTest
@WithTestResource(OidcTestResource.class)
@WithTestResource(EchoUpstream.class)
class BrowserSessionTest {

    @OidcWireMock
    WireMockServer provider;

    @Test
    void theSpaAndItsRoutesArePublic() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(200).contentType(containsString("text/html"));
        given().redirects().follow(false).when().get("/contracts/10101-000001")
                .then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void loginReturnsToTheRequestedSpaPath() {
        BrowserLogin browser = BrowserLogin.signIn(provider, "contractor1", Set.of("contractor"),
                Map.of("contractor_id", "C0001"), "/contracts%3Ftab%3Dhistory");
        Response landing = browser.get("/login?redirect=/contracts%3Ftab%3Dhistory");
        assertThat(landing.statusCode()).isEqualTo(303);
        assertThat(landing.header("Location")).endsWith("/contracts?tab=history");
    }

    @Test
    void loginNeverRedirectsToAnotherSite() {
        BrowserLogin browser = BrowserLogin.signIn(provider, "contractor1", Set.of("contractor"),
                Map.of("contractor_id", "C0001"), null);
        for (String redirect : new String[]{"https://evil.example/", "//evil.example/x", "/%5Cevil.example"}) {
            Response landing = browser.get("/login?redirect=" + redirect);
            assertThat(landing.statusCode()).isEqualTo(303);
            assertThat(landing.header("Location")).as(redirect).matches("http://localhost:\\d+/");
        }
    }

    @Test
    void sessionShowsWhoIsSignedInWithTheirRealmRoles() {
        BrowserLogin browser = BrowserLogin.signIn(provider, "underwriter1", Set.of("underwriter", "funds",
                "offline_access"), Map.of("branch_code", "10101"), "/");
        browser.request().get("/session")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("username", equalTo("underwriter1"))
                .body("name", equalTo("テスト underwriter1")) // family name first, as Japanese users expect
                .body("branchCode", equalTo("10101"))
                .body("roles", contains("underwriter", "funds"));
    }

    @Test
    void sessionOfAContractorCarriesTheContractorId() {
        BrowserLogin browser = BrowserLogin.signIn(provider, "contractor2", Set.of("contractor"),
                Map.of("contractor_id", "C0002"), "/");
        browser.request().get("/session")
                .then().statusCode(200).body("contractorId", equalTo("C0002")).body("roles", contains("contractor"));
    }

    @Test
    void sessionWithoutSignInIsA401ProblemNotARedirect() {
        given().redirects().follow(false).when().get("/session")
                .then().statusCode(401).contentType("application/problem+json")
                .header("Cache-Control", "no-store")
                .body("title", startsWith("ログインが必要です"));
    }

    @Test
    void apiWithoutSessionIsA401ProblemNotARedirect() {
        given().redirects().follow(false).header("X-Requested-With", "XMLHttpRequest")
                .when().get("/api/applications")
                .then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
        given().redirects().follow(false).cookie("q_session", "forged")
                .when().get("/api/applications")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void apiCallsWithTheSessionCarryTheUsersAccessToken() {
        BrowserLogin browser = BrowserLogin.signIn(provider, "contractor3", Set.of("contractor"),
                Map.of("contractor_id", "C0003"), "/");
        browser.request().get("/api/applications")
                .then().statusCode(200).body("authorization", startsWith("Bearer ey"));
    }

    @Test
    void logoutEndsTheSessionAtTheProviderAndReturnsToTheSpa() {
        BrowserLogin browser = BrowserLogin.signIn(provider, "contractor4", Set.of("contractor"),
                Map.of("contractor_id", "C0004"), "/");
        Response logout = browser.get("/logout");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.header("Location"))
                .contains("/protocol/openid-connect/end-session")
                .contains("id_token_hint=")
                .containsPattern("post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A\\d+%2F");
        assertThat(browser.cookies()).doesNotContainKey("q_session");
        browser.request().get("/session").then().statusCode(401);
    }

    @Test
    void logoutWithoutSessionJustReturnsToTheSpa() {
        given().redirects().follow(false).when().get("/logout")
                .then().statusCode(303).header("Location", containsString("/"));
    }
}
