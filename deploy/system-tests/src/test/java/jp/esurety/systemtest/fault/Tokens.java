package jp.esurety.systemtest.fault;

import io.restassured.path.json.JsonPath;
import jp.esurety.local.Realm;
import jp.esurety.local.StackEndpoints;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of demo users from the stack's Keycloak (direct grant of the local-only client {@code esurety-cli}),
 * renewed a minute before they expire: a full fault run lasts longer than a token lives.
 */
final class Tokens {

    private record Token(String value, Instant renewAt) {
    }

    private final StackEndpoints stack;
    private final HttpClient http;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Tokens(StackEndpoints stack, HttpClient http) {
        this.stack = stack;
        this.http = http;
    }

    String of(Realm realm, String username) {
        String key = realm + "/" + username;
        Token token = tokens.get(key);
        if (token == null || Instant.now().isAfter(token.renewAt())) {
            token = fetch(realm, username);
            tokens.put(key, token);
        }
        return token.value();
    }

    private Token fetch(Realm realm, String username) {
        String form = "grant_type=password&client_id=esurety-cli&password=demo&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(stack.tokenUrl(realm)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + username + ": " + response.statusCode() + " "
                        + response.body());
            }
            JsonPath json = JsonPath.from(response.body());
            Instant renewAt = Instant.now().plusSeconds(Math.max(10, json.getLong("expires_in") - 60));
            return new Token(json.getString("access_token"), renewAt);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
