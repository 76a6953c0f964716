package jp.esurety.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.Cookie;
import io.restassured.http.Cookies;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import jp.esurety.platform.testing.TestTokens;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser does for the authorization code flow against the test OIDC provider, step by step, keeping the
 * cookies: {@code /login} → provider's login page → back to the gateway with a code → the session cookie. The
 * provider hands out tokens shaped like Keycloak's for the user given (claims in both tokens, realm roles in the
 * access token only).
 */
final class BrowserLogin {

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> redirects = new ArrayList<>();

    private BrowserLogin() {
    }

    /** Signs in as the user and stops where the gateway sends the browser after {@code /login?redirect=...}. */
    static BrowserLogin signIn(WireMockServer provider, String username, Set<String> roles, Map<String, String> claims,
                               String redirect) {
        issueTokensFor(provider, username, roles, claims);
        BrowserLogin browser = new BrowserLogin();
        Response toProvider = browser.get("/login" + (redirect == null ? "" : "?redirect=" + redirect));
        assertThat(toProvider.statusCode()).as("/login sends the browser to the provider").isEqualTo(302);
        URI authorize = URI.create(toProvider.header("Location"));
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("client_id", "gateway").containsKey("state");
        // the provider's login form posts here and answers with a redirect to the gateway carrying the code
        Response loggedIn = given().redirects().follow(false).baseUri(authorize.getScheme() + "://" + authorize.getAuthority())
                .queryParam("redirect_uri", query.get("redirect_uri")).queryParam("state", query.get("state"))
                .get("/login");
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        Response back = browser.get(loggedIn.header("Location"));
        assertThat(back.statusCode()).as("code exchanged, session cookie set").isEqualTo(302);
        assertThat(browser.cookies).containsKey("q_session");
        browser.get(back.header("Location"));
        return browser;
    }

    /** A GET as this browser (cookies sent and kept, redirects not followed). */
    Response get(String url) {
        redirects.add(url);
        Response response = request().get(url);
        keep(response.detailedCookies());
        return response;
    }

    /** A request as this browser, for other methods. */
    RequestSpecification request() {
        return given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies);
    }

    void keep(Cookies set) {
        for (Cookie cookie : set) {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }

    Map<String, String> cookies() {
        return cookies;
    }

    /** Every URL this browser was sent to, in order. */
    List<String> visited() {
        return redirects;
    }

    private static void issueTokensFor(WireMockServer provider, String username, Set<String> roles,
                                       Map<String, String> claims) {
        var idToken = Jwt.preferredUserName(username).subject(username).issuer("https://server.example.com")
                .audience("gateway").claim("typ", "ID").claim("name", username + " テスト")
                .claim("given_name", username).claim("family_name", "テスト");
        claims.forEach(idToken::claim);
        String body = "{\"access_token\":\"" + TestTokens.token(username, roles, claims) + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300,\"refresh_token\":\"refresh-" + username + "\",\"id_token\":\""
                + idToken.jws().keyId("1").sign("privateKey.jwk") + "\"}";
        provider.stubFor(post(urlEqualTo("/auth/realms/quarkus/token")).atPriority(1)
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }
}
