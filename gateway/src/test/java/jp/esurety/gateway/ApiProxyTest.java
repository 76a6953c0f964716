package jp.esurety.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(OidcTestResource.class)
@WithTestResource(EchoUpstream.class)
class ApiProxyTest {

    @Test
    void apiCallIsForwardedWithTheCallersTokenPathAndQuery() {
        String token = TestTokens.contractor("C0001");
        given().auth().oauth2(token)
                .when().get("/api/applications/abc?page=2")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/applications/abc"))
                .body("query", equalTo("page=2"))
                .body("authorization", equalTo("Bearer " + token))
                .header("X-Internal", nullValue());
    }

    @Test
    void bodyIsForwarded() {
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON).body("{\"a\":1}")
                .when().post("/api/applications")
                .then().statusCode(200).body("method", equalTo("POST")).body("body", equalTo("{'a':1}"));
    }

    @Test
    void anInvalidBearerTokenIsA401Problem() {
        given().auth().oauth2("not-a-token").when().get("/api/applications")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void unknownApiIsAProblem() {
        given().auth().oauth2(TestTokens.contractor("C0001")).when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void publicKeysNeedNoLogin() {
        given().when().get("/.well-known/certificate-keys")
                .then().statusCode(200).body("path", equalTo("/.well-known/certificate-keys"))
                .body("authorization", equalTo(""));
    }

    @Test
    void aKeyNoticePdfKeepsItsFileNameAndIsNeverCached() {
        byte[] pdf = given().auth().oauth2(TestTokens.contractor("C0001"))
                .when().get("/api/key-notices/10101-000001")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", EchoUpstream.KEY_NOTICE_DISPOSITION)
                .header("Cache-Control", "no-store")
                .extract().asByteArray();
        assertThat(new String(pdf, StandardCharsets.US_ASCII)).startsWith("%PDF-1.7");
    }

    /** The upstream holds back the end of the CSV until the test has read its beginning through the gateway. */
    @Test
    void aCsvDownloadIsStreamedNotBuffered() throws Exception {
        String gateway = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        URI upstream = URI.create(ConfigProvider.getConfig().getValue("esurety.gateway.routes.issuance", String.class));
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(gateway + "/api/contracts/download"))
                        .header("Authorization", "Bearer " + TestTokens.contractor("C0001")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"contracts.csv\"");
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String firstLine = CompletableFuture.supplyAsync(() -> readLine(body)).get(4, TimeUnit.SECONDS);
            assertThat(firstLine).isEqualTo("保証契約番号");
            client.send(HttpRequest.newBuilder(upstream.resolve("/control/release")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(body.lines().toList()).last().isEqualTo("END");
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
