package jp.esurety.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Request size limits (1 MiB; a document upload 10 MiB + its multipart framing) and the per-user rate limit (its
 * own profile: 30 requests at once, then one every 100 s, so the outcome never depends on how fast this machine
 * sends; each test signs in as its own user, so buckets do not meet).
 */
@QuarkusTest
@TestProfile(RequestLimitsTest.SlowRefill.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(EchoUpstream.class)
class RequestLimitsTest {

    public static class SlowRefill implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("esurety.gateway.rate-limit.capacity", "30", "esurety.gateway.rate-limit.refill-per-second", "0.01");
        }
    }

    private static final int TEN_MIB = 10 * 1024 * 1024;
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() {
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON)
                .body("x".repeat(1024 * 1024 + 1))
                .when().post("/api/applications")
                .then().statusCode(413).contentType("application/problem+json")
                .body("title", startsWith("送信データが大きすぎます"));
    }

    @Test
    void aBodyUpToTheLimitIsForwarded() {
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON)
                .body("x".repeat(512 * 1024))
                .when().post("/api/applications")
                .then().statusCode(200);
    }

    /** Sent with the JDK's client, as a browser sends a file input (REST Assured takes seconds for 10 MiB). */
    @Test
    void aDocumentUploadOfTenMebibytesIsForwarded() throws IOException, InterruptedException {
        String head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mitsumori.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        byte[] body = (head + "x".repeat(TEN_MIB) + "\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + RestAssured.port + "/api/applications/" + UUID.randomUUID() + "/documents"))
                .header("Authorization", "Bearer " + token("upload-user-1"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"method\":\"POST\"").contains("/documents\"");
        assertThat(answer.body().length()).as("the whole upload reached the service").isGreaterThan(TEN_MIB);
    }

    @Test
    void aDocumentUploadAboveTheUploadLimitIsRefusedWith413BeforeItIsRead() throws IOException {
        String answer = declaredOnly("POST", "/api/applications/" + UUID.randomUUID() + "/documents",
                10304 * 1024 + 1, token("upload-user-2"));
        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("書類は1ファイル10MBまで送信できます。");
    }

    @Test
    void otherRequestsStayLimitedToOneMebibyte() {
        String token = token("upload-user-3");
        String document = "/api/applications/" + UUID.randomUUID() + "/documents";
        given().auth().oauth2(token).contentType(ContentType.JSON).body("x".repeat(1024 * 1024 + 1))
                .when().put(document)
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(token).multiPart("file", "a.pdf", new byte[1024 * 1024 + 1], "application/pdf")
                .when().post(document + "/other")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("一度に送信できるのは 1024 KiB までです。"));
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsRefusedWith413Too() {
        given().auth().oauth2(token("upload-user-4")).contentType(ContentType.JSON)
                .body(new ByteArrayInputStream("x".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII)))
                .when().post("/api/applications")
                .then().statusCode(413).contentType("application/problem+json")
                .body("title", startsWith("送信データが大きすぎます"));
    }

    @Test
    void tooManyRequestsFromOneUserAre429WithRetryAfter() {
        String token = token("rate-user-1");
        Response refused = burst(token, 40);
        assertThat(refused).as("a 429 within 40 requests").isNotNull();
        refused.then().contentType("application/problem+json").body("title", startsWith("リクエストが多すぎます"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
    }

    @Test
    void anotherUserIsNotSlowedDownByTheFirst() {
        assertThat(burst(token("rate-user-2"), 40)).isNotNull();
        given().auth().oauth2(token("rate-user-3")).when().get("/api/applications").then().statusCode(200);
    }

    /** Sends only the request head, declaring a body of {@code length} bytes, and reads the gateway's answer. */
    private static String declaredOnly(String method, String path, long length, String token) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                answer.write(b);
                if (answer.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
            Matcher bodyLength = CONTENT_LENGTH.matcher(answer.toString(StandardCharsets.ISO_8859_1));
            answer.writeBytes(in.readNBytes(bodyLength.find() ? Integer.parseInt(bodyLength.group(1)) : 0));
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String token(String username) {
        return TestTokens.token(username, Set.of("contractor"), Map.of("contractor_id", username));
    }

    /** The first 429 among that many requests, or null. */
    private static Response burst(String token, int requests) {
        for (int i = 0; i < requests; i++) {
            Response response = given().auth().oauth2(token).when().get("/api/applications");
            if (response.statusCode() == 429) {
                return response;
            }
            assertThat(response.statusCode()).isEqualTo(200);
        }
        return null;
    }
}
