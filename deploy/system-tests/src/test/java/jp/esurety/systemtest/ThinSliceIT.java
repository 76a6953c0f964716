package jp.esurety.systemtest;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.esurety.local.Realm;
import jp.esurety.local.StackEndpoints;
import jp.esurety.platform.testing.MailReader;
import jp.esurety.platform.testing.ReceivedMail;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The walking skeleton end to end, as its users would drive it: a contractor applies for an electronic 前払金保証
 * through the gateway, the surety issues it, D-Sure registers it, the contractor gets the completion mail and the key
 * notice, and the orderer 小美玉市長 opens the certificate with the number and key from that PDF.
 */
class ThinSliceIT {

    static final String OMITAMA = "ORD-082368";
    static final Pattern KEY_IN_NOTICE = Pattern.compile("認[ 　]*証[ 　]*キ[ 　]*ー[\\s　]*:[\\s　]*([A-Za-z0-9]{12})");

    private final StackEndpoints stack = SharedStack.endpoints();

    @Test
    void electronicAdvancePaymentFromApplicationToTheOrderersLookup() throws Exception {
        String contractor = Keycloak.token(Realm.NETDESK, "contractor1");
        String mailbox = "keiri-" + UUID.randomUUID() + "@omitama-kensetsu.example.jp";

        // reference data (orderers from D-Sure, branches and contractors from issuance) has reached Net Desk
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway(contractor).get("/api/orderers")
                .then().statusCode(200).body("ordererId", hasItem(OMITAMA)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway(contractor).get("/api/branches")
                .then().statusCode(200).body("branchCode", hasItem("10101")));

        // 1. the contractor submits a minimal electronic 前払金保証
        String applicationId = gateway(contractor).contentType(ContentType.JSON).body(application(mailbox))
                .post("/api/applications")
                .then().statusCode(201).body("lines[0].status", equalTo("SUBMITTED"))
                .extract().path("id");

        // 2–3, 5. issued by the surety, registered on D-Sure: Net Desk shows the line with its contract number
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway(contractor).get("/api/applications/" + applicationId)
                .then().statusCode(200).body("lines[0].status", equalTo("REGISTERED")));
        Response application = gateway(contractor).get("/api/applications/" + applicationId);
        String contractNumber = application.path("lines[0].contractNumber");
        assertThat(contractNumber).matches("10101-[0-9]{6}");
        assertThat((String) application.path("lines[0].registeredAt")).isNotBlank();

        // 4. the completion mail arrives (real SMTP, read over IMAP) without the key; the premium statement notice
        //    comes to the same address
        String completion = "電子保証（認証キー）発行完了のお知らせ";
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox(mailbox).stream()
                .anyMatch(m -> completion.equals(m.subject())));
        ReceivedMail mail = inbox(mailbox).stream().filter(m -> completion.equals(m.subject())).findFirst().orElseThrow();
        assertThat(mail.text()).contains(contractNumber, "株式会社 小美玉建設");

        // 4. the contractor downloads the key notice through the gateway
        byte[] pdf = gateway(contractor).get("/api/key-notices/" + contractNumber)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("電子保証にかかる「認証キー」のお知らせ", contractNumber, "前払金保証");
        Matcher key = KEY_IN_NOTICE.matcher(text);
        assertThat(key.find()).as("the key is printed on the notice").isTrue();
        String authenticationKey = key.group(1);
        assertThat(mail.text()).doesNotContain(authenticationKey);

        // 5. the orderer views the certificate with number + key; a wrong key and another orderer are refused
        String omitama = Keycloak.token(Realm.DSURE, "omitama");
        lookup(omitama, contractNumber, authenticationKey).then().statusCode(200)
                .body("contractNumber", equalTo(contractNumber))
                .body("credential.credentialSubject.obligee.name", equalTo("小美玉市長"))
                .body("credential.proof.cryptosuite", equalTo("eddsa-jcs-2022"));
        lookup(omitama, contractNumber, wrong(authenticationKey)).then().statusCode(404);
        lookup(Keycloak.token(Realm.DSURE, "kashiwa"), contractNumber, authenticationKey).then().statusCode(404);

        // another contractor sees nothing of it
        String otherContractor = Keycloak.token(Realm.NETDESK, "contractor2");
        gateway(otherContractor).get("/api/applications/" + applicationId).then().statusCode(404);
        gateway(otherContractor).get("/api/key-notices/" + contractNumber).then().statusCode(404);
    }

    @Test
    void contractorSignsInThroughTheGatewayAndCallsTheApiWithTheSessionCookie() throws Exception {
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> landing = browser.logIn(stack.gatewayUrl(), "contractor1", Keycloak.PASSWORD);
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.uri().getPort()).as("back on the gateway").isEqualTo(stack.gatewayUrl().getPort());

        HttpResponse<String> session = browser.get(stack.gatewayUrl().resolve("/session"));
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains("\"contractorId\":\"C0001\"");

        HttpResponse<String> applications = browser.get(stack.gatewayUrl().resolve("/api/applications"));
        assertThat(applications.statusCode()).isEqualTo(200);
        assertThat(applications.body()).startsWith("[");
    }

    @Test
    void issuerKeysArePublicOnTheGateway() {
        given().baseUri(stack.gatewayUrl().toString()).get("/.well-known/certificate-keys")
                .then().statusCode(200).body("verificationMethod[0].type", equalTo("Multikey"));
    }

    private io.restassured.specification.RequestSpecification gateway(String token) {
        return given().baseUri(stack.gatewayUrl().toString()).auth().oauth2(token);
    }

    private Response lookup(String token, String contractNumber, String key) {
        return given().baseUri(stack.registryUrl().toString()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("contractNumber", contractNumber, "authenticationKey", key))
                .post("/api/v1/verifications");
    }

    private List<ReceivedMail> inbox(String address) {
        return MailReader.inbox(stack.mailHost(), stack.imapPort(), address);
    }

    private static String wrong(String key) {
        char last = key.charAt(key.length() - 1);
        return key.substring(0, key.length() - 1) + (last == 'a' ? 'b' : 'a');
    }

    private static Map<String, Object> application(String mailbox) {
        return SampleApplications.advancePayment("小美玉市道1-2345号線道路改良工事", "令和8年度 第123号", 20_000_000,
                "〇〇銀行 小美玉支店", mailbox);
    }
}
