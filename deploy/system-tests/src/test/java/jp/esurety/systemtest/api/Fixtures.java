package jp.esurety.systemtest.api;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jp.esurety.systemtest.SampleApplications;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Resources the API tests call operations on, made through the public API as users would: contractor1's draft, and
 * an electronic 前払金保証 of contractor1 for 小美玉市長, issued and registered on D-Sure, with its 認証キー from the
 * key notice.
 */
final class Fixtures {

    static final String OMITAMA = "ORD-082368";
    private static final Pattern KEY_IN_NOTICE =
            Pattern.compile("認[ 　]*証[ 　]*キ[ 　]*ー[\\s　]*:[\\s　]*([A-Za-z0-9]{12})");

    /** A registered electronic certificate: its application, number and authentication key. */
    record Contract(String applicationId, String contractNumber, String authenticationKey) {
    }

    private static Contract shared;
    private static String draft;

    private Fixtures() {
    }

    /** One registered contract for the tests of this JVM that only read it. */
    static synchronized Contract sharedContract() {
        if (shared == null) {
            shared = newRegisteredContract();
        }
        return shared;
    }

    /** contractor1's draft application, incomplete (created once). */
    static synchronized String contractor1Draft() {
        if (draft == null) {
            draft = gateway(Principal.CONTRACTOR1).contentType(ContentType.JSON)
                    .body(Map.of("work", Map.of("name", "API試験 下書き")))   // incomplete: submitting it is refused
                    .post("/api/applications/drafts")
                    .then().statusCode(201).extract().path("id");
        }
        return draft;
    }

    /** A new contract, applied for by contractor1, auto-approved, registered: about ten seconds on the stack. */
    static Contract newRegisteredContract() {
        Stack.endpoints(); // starts the shared stack if this test runs first: minutes, not inside a one-minute wait
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway(Principal.CONTRACTOR1).get("/api/orderers")
                .then().statusCode(200).body("ordererId", hasItem(OMITAMA)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway(Principal.CONTRACTOR1).get("/api/branches")
                .then().statusCode(200).body("branchCode", hasItem("10101")));
        String applicationId = gateway(Principal.CONTRACTOR1).contentType(ContentType.JSON)
                .body(application("keiri-" + UUID.randomUUID() + "@omitama-kensetsu.example.jp"))
                .post("/api/applications")
                .then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> gateway(Principal.CONTRACTOR1)
                .get("/api/applications/" + applicationId)
                .then().statusCode(200).body("lines[0].status", equalTo("REGISTERED")));
        String number = gateway(Principal.CONTRACTOR1).get("/api/applications/" + applicationId)
                .then().extract().path("lines[0].contractNumber");
        // notification-service follows CertificateIssued on its own: the notice may come a moment after REGISTERED
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway(Principal.CONTRACTOR1)
                .get("/api/key-notices/" + number).then().statusCode(200));
        byte[] pdf = gateway(Principal.CONTRACTOR1).get("/api/key-notices/" + number)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Matcher key = KEY_IN_NOTICE.matcher(new PDFTextStripper().getText(document));
            if (!key.find()) {
                throw new IllegalStateException("no key on the key notice of " + number);
            }
            return new Contract(applicationId, number, key.group(1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RequestSpecification gateway(Principal who) {
        RequestSpecification spec = given().baseUri(Stack.endpoints().gatewayUrl().toString());
        return who.token() == null ? spec : spec.auth().oauth2(who.token());
    }

    static RequestSpecification registry(Principal who) {
        RequestSpecification spec = given().baseUri(Stack.endpoints().registryUrl().toString());
        return who.token() == null ? spec : spec.auth().oauth2(who.token());
    }

    private static Map<String, Object> application(String mailbox) {
        return SampleApplications.advancePayment("小美玉市道9-0001号線 API試験工事", "令和8年度 第900号", 20_000_000,
                "〇〇銀行 小美玉支店", mailbox);
    }
}
