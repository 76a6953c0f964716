package jp.esurety.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.registry.IssuanceEvents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static jp.esurety.registry.IssuanceEvents.KEY;
import static jp.esurety.registry.IssuanceEvents.OMITAMA;
import static jp.esurety.registry.IssuanceEvents.ordererToken;
import static jp.esurety.registry.IssuanceEvents.randomIp;
import static jp.esurety.registry.IssuanceEvents.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/** The orderer's portal pages (server-rendered; here with a bearer token, in the browser through the code flow). */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class PortalTest {

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;

    IssuanceEvents issuance;
    String token;
    String number;

    @BeforeEach
    void setUp() {
        issuance = new IssuanceEvents(producer, codec, mapper);
        token = ordererToken(uniqueUser("omitama-portal"), OMITAMA, null);
        number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA);
        await().atMost(Duration.ofSeconds(90)).until(() ->
                IssuanceEvents.lookup(ordererToken(uniqueUser("probe"), OMITAMA, null), randomIp(), number, KEY)
                        .statusCode() == 200);
    }

    private Response submit(String user, String contractNumber, String key) {
        return given().auth().oauth2(user).header("X-Forwarded-For", randomIp()).redirects().follow(false)
                .formParam("contractNumber", contractNumber).formParam("authenticationKey", key)
                .when().post("/portal/lookup");
    }

    @Test
    void lookupShowsTheSummaryRowOfTheCertificate() {
        String html = submit(token, number.replace("-", ""), KEY).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("<th scope=\"col\">保証契約番号</th><th scope=\"col\">保証契約内容</th>"
                + "<th scope=\"col\">保証金額</th><th scope=\"col\">保証期間</th><th scope=\"col\">保証会社</th>");
        assertThat(html).contains(number).contains("20,000,000 円").contains("令和8年12月1日 ～ 令和9年3月31日")
                .contains("東日本建設業保証株式会社");
    }

    @Test
    void wrongKeyShowsTheSameMessageOnTheForm() {
        submit(token, number, "WrongKey0001").then().statusCode(404)
                .body(containsString("保証契約番号または認証キーが正しくありません。"));
    }

    @Test
    void certificatePageShowsTheCertificateWithJapaneseEraDatesAndItsHistory() {
        submit(token, number, KEY).then().statusCode(200);
        String html = given().auth().oauth2(token).get("/portal/certificates/" + number).then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("保証証書（前払金保証）").contains("保証債権者").contains("小美玉市長")
                .contains("50,000,000 円").contains("令和8年11月20日").contains("令和8年12月1日 ～ 令和9年3月19日")
                .contains("当社は、前払金保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。")
                .contains("電子保証情報（履歴情報）").contains("新規").doesNotContain("<script");
        given().get("/assets/portal.css").then().statusCode(200).body(containsString("@media print"));
    }

    @Test
    void amendedCertificateIsMarkedWithItsSequenceAndTheHistoryListsBoth() {
        submit(token, number, KEY).then().statusCode(200);
        issuance.amended(number, OMITAMA, 2, 1, 25_000_000);
        await().atMost(Duration.ofSeconds(90)).until(() -> given().auth().oauth2(token)
                .get("/portal/certificates/" + number).asString().contains("変更（第1回）"));
        String html = given().auth().oauth2(token).get("/portal/certificates/" + number).asString();
        assertThat(html).contains("25,000,000 円").contains("<td>新規</td>").contains("<td>変更（第1回）</td>");
        given().auth().oauth2(token).get("/portal/certificates/" + number + "/versions/1").then().statusCode(200)
                .body(containsString("20,000,000 円")).body(containsString("過去の版を表示しています"));
    }

    @Test
    void cancelledGuaranteeShowsABanner() {
        submit(token, number, KEY).then().statusCode(200);
        issuance.guaranteeCancelled(number);
        await().atMost(Duration.ofSeconds(90)).until(() -> given().auth().oauth2(token)
                .get("/portal/certificates/" + number).asString().contains("この保証契約は解約されています。"));
    }

    @Test
    void certificatePageNeedsAPriorLookupByThisUser() {
        given().auth().oauth2(ordererToken(uniqueUser("stranger"), OMITAMA, null))
                .get("/portal/certificates/" + number).then().statusCode(404);
        given().auth().oauth2(ordererToken(uniqueUser("stranger"), OMITAMA, null))
                .get("/portal/certificates/" + number + "/certificate.pdf").then().statusCode(404);
    }

    @Test
    void certificateDownloadsAsAPdfWithTheSameContentAndTheSignedCredential() throws Exception {
        submit(token, number, KEY).then().statusCode(200);
        byte[] pdf = given().auth().oauth2(token).get("/portal/certificates/" + number + "/certificate.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("保証証書（前払金保証）").contains(number).contains("20,000,000 円")
                    .contains("令和9年3月31日").contains("小美玉市長");
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(files).containsKey(number + "-v1.vc.json");
            String vc = new String(files.get(number + "-v1.vc.json").getEmbeddedFile().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(vc).contains("eddsa-jcs-2022").contains("proofValue");
        }
    }

    @Test
    void withoutATokenTheBrowserIsSentToLogIn() {
        given().redirects().follow(false).get("/portal").then().statusCode(302)
                .header("Location", containsString("client_id=dsure-portal"));
    }

    // --- the key notice's QR code opens /portal?contractNumber=… (notification-service RegistryLookup.url) ---

    @Test
    void keyNoticeQrCodeOpensTheLookupFormWithTheContractNumberFilledButNeverTheKey() {
        String html = given().auth().oauth2(token)
                .get("/portal?contractNumber=" + number + "&authenticationKey=" + KEY).then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("value=\"" + number + "\"").doesNotContain(KEY);
        // without hyphen or in full-width digits it is filled normalised; anything else is not echoed back
        assertThat(given().auth().oauth2(token).get("/portal?contractNumber=" + number.replace("-", "")).asString())
                .contains("value=\"" + number + "\"");
        assertThat(given().auth().oauth2(token).get("/portal?contractNumber=%3Cb%3Ex").asString())
                .doesNotContain("<b>x").contains("value=\"\"");
    }

    @Test
    void afterLoggingInFromTheQrCodeLinkTheOrdererReturnsToTheFilledForm() {
        String target = "/portal?contractNumber=" + number;
        Response toLogin = given().redirects().follow(false).get(target);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        java.net.URI login = java.net.URI.create(toLogin.header("Location"));
        Map<String, String> query = queryOf(login);
        // the provider's login answers with a redirect back to the registry, carrying the code and the state
        Response loggedIn = given().redirects().follow(false).baseUri(login.getScheme() + "://" + login.getAuthority())
                .queryParam("redirect_uri", query.get("redirect_uri")).queryParam("state", query.get("state"))
                .get("/login");
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        Response back = given().redirects().follow(false).cookies(toLogin.getCookies())
                .get(java.net.URI.create(loggedIn.header("Location")).toString().replaceFirst("^https?://[^/]+", ""));
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.header("Location")).endsWith(target);
    }

    private static Map<String, String> queryOf(java.net.URI uri) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    // --- every later open is audited ---

    @Test
    void everyPageViewHistoryViewAndPdfDownloadAfterTheLookupIsAnAuditEntry() {
        String user = uniqueUser("omitama-audit");
        String auditToken = ordererToken(user, OMITAMA, null);
        String ip = randomIp();
        given().auth().oauth2(auditToken).header("X-Forwarded-For", ip)
                .formParam("contractNumber", number).formParam("authenticationKey", KEY)
                .post("/portal/lookup").then().statusCode(200);
        given().auth().oauth2(auditToken).header("X-Forwarded-For", ip).get("/portal/certificates/" + number)
                .then().statusCode(200);
        given().auth().oauth2(auditToken).header("X-Forwarded-For", ip)
                .get("/portal/certificates/" + number + "/versions/1").then().statusCode(200);
        given().auth().oauth2(auditToken).header("X-Forwarded-For", ip)
                .get("/portal/certificates/" + number + "/certificate.pdf").then().statusCode(200);
        // someone who never looked it up: refused, and audited too
        String stranger = uniqueUser("stranger");
        given().auth().oauth2(ordererToken(stranger, OMITAMA, null)).get("/portal/certificates/" + number)
                .then().statusCode(404);

        String staff = TestTokens.token("dsure-staff", Set.of("registry_admin"), Map.of());
        List<Map<String, Object>> entries = given().auth().oauth2(staff)
                .get("/api/v1/admin/audit-entries?username=" + user).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(entries).extracting(e -> e.get("action"))
                .containsExactly("PDF", "HISTORY", "PAGE", "LOOKUP");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("ordererId")).isEqualTo(OMITAMA);
            assertThat(e.get("contractNumber")).isEqualTo(number);
            assertThat(e.get("version")).isEqualTo(1);
            assertThat(e.get("clientIp")).isEqualTo(ip);
            assertThat(e.get("outcome")).isEqualTo("VIEWED");
            assertThat(e.get("at")).isNotNull();
        });
        given().auth().oauth2(staff).get("/api/v1/admin/audit-entries?username=" + stranger + "&action=PAGE")
                .then().statusCode(200).body("[0].outcome", org.hamcrest.Matchers.equalTo("FAILED"));
    }
}
