package jp.esurety.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does for the OIDC authorization code flow, without a browser: follow the gateway's redirect to
 * Keycloak, post the login form, come back with the session cookie, and use it for API calls.
 */
final class BrowserSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new BrowserCookies())
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Opens {@code <gateway>/login}, signs in on Keycloak's page and returns the page the gateway lands on. */
    HttpResponse<String> logIn(URI gateway, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get(gateway.resolve("/login"));
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new AssertionError("no Keycloak login form at " + loginPage.uri() + ": HTTP " + loginPage.statusCode());
        }
        URI action = URI.create(form.group(1).replace("&amp;", "&"));
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=";
        return client.send(HttpRequest.newBuilder(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
