package jp.esurety.registry.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jp.esurety.platform.crypto.KeyPairs;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static jp.esurety.registry.IssuanceEvents.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin pages, server-rendered and without JavaScript: registry staff manage orderers, issuers' keys and search
 * the audit log; an orderer's admin sets its submission settings and manages its users. Forms carry a synchronizer
 * token (CSRF).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class AdminPagesTest {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static String registryAdmin(String name) {
        return TestTokens.token(name, Set.of("registry_admin"), Map.of());
    }

    static String ordererAdmin(String name, String ordererId) {
        return TestTokens.token(name, Set.of("orderer_admin"), Map.of("orderer_id", ordererId));
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).redirects().follow(false);
    }

    static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the form carries a _csrf token").isTrue();
        return m.group(1);
    }

    static String randomOrdererId() {
        return "ORD-" + String.format("%06d", (int) (Math.random() * 900_000) + 100_000);
    }

    @Test
    void registryAdminEnrollsAndEditsAnOrdererWithItsAcceptsFromDateAndAllowedWorksRule() {
        String admin = registryAdmin("staff-" + uniqueUser("a"));
        String form = as(admin).get("/portal/admin/orderers/new").then().statusCode(200).extract().asString();
        assertThat(form).contains("発注者の登録").doesNotContain("<script");
        String id = randomOrdererId();
        Response created = as(admin).contentType(FORM).formParam("_csrf", csrfOf(form)).formParam("ordererId", id)
                .formParam("name", "つくば市").formParam("acceptsElectronicSuretyFrom", "2026-04-01")
                .formParam("allowedWorks", "ALL_WORKS").formParam("allowedWorksRule", "")
                .post("/portal/admin/orderers");
        assertThat(created.statusCode()).isEqualTo(303);
        String list = as(admin).get(created.header("Location")).then().statusCode(200).extract().asString();
        assertThat(list).contains("発注者を登録しました。").contains(id).contains("つくば市").contains("令和8年4月1日")
                .contains("すべての工事・業務委託");

        String edit = as(admin).get("/portal/admin/orderers/" + id).then().statusCode(200).extract().asString();
        assertThat(edit).contains("value=\"2026-04-01\"").contains("value=\"ALL_WORKS\" checked");
        as(admin).contentType(FORM).formParam("_csrf", csrfOf(edit)).formParam("name", "つくば市")
                .formParam("acceptsElectronicSuretyFrom", "2026-10-01").formParam("allowedWorks", "MARKED_WORKS_ONLY")
                .formParam("allowedWorksRule", "つくば市が電子保証の対象とした工事")
                .post("/portal/admin/orderers/" + id).then().statusCode(303);
        assertThat(as(admin).get("/portal/admin/orderers").asString()).contains("令和8年10月1日")
                .contains("発注者が電子保証の利用を認めた工事・業務委託のみ").contains("つくば市が電子保証の対象とした工事");
    }

    @Test
    void anOrdererFormWithMistakesIsShownAgainWithJapaneseFieldMessages() {
        String admin = registryAdmin("staff-" + uniqueUser("b"));
        String form = as(admin).get("/portal/admin/orderers/new").asString();
        String html = as(admin).contentType(FORM).formParam("_csrf", csrfOf(form)).formParam("ordererId", "12345")
                .formParam("name", "").formParam("acceptsElectronicSuretyFrom", "令和8年")
                .formParam("allowedWorks", "ALL_WORKS").post("/portal/admin/orderers")
                .then().statusCode(400).extract().asString();
        assertThat(html).contains("発注者IDは ORD-000000 の形式で入力してください。").contains("発注者名を入力してください。")
                .contains("電子保証の利用開始日は 2026-04-01 の形式で入力してください。").contains("value=\"12345\"");
    }

    @Test
    void adminFormsAreRefusedWithoutTheSynchronizerTokenOfTheSameUser() {
        String admin = registryAdmin("staff-" + uniqueUser("c"));
        String id = randomOrdererId();
        as(admin).contentType(FORM).formParam("ordererId", id).formParam("name", "偽の発注者")
                .formParam("allowedWorks", "ALL_WORKS").post("/portal/admin/orderers").then().statusCode(403);
        String othersToken = csrfOf(as(registryAdmin("staff-" + uniqueUser("d"))).get("/portal/admin/orderers/new")
                .asString());
        as(admin).contentType(FORM).formParam("_csrf", othersToken).formParam("ordererId", id)
                .formParam("name", "偽の発注者").formParam("allowedWorks", "ALL_WORKS")
                .post("/portal/admin/orderers").then().statusCode(403);
        as(admin).contentType(FORM).formParam("_csrf", "1." + "A".repeat(43)).formParam("ordererId", id)
                .formParam("name", "偽の発注者").post("/portal/admin/orderers").then().statusCode(403);
        assertThat(as(admin).get("/portal/admin/orderers").asString()).doesNotContain(id);
    }

    @Test
    void registryAdminAddsAndRetiresAnIssuersKeyOnTheTrustAnchorsPage() {
        String admin = registryAdmin("staff-" + uniqueUser("e"));
        String page = as(admin).get("/portal/admin/trust-anchors").then().statusCode(200).extract().asString();
        assertThat(page).contains("保証会社の検証鍵").contains("https://surety.esurety.example.jp/issuers/higashi-nihon");
        String issuer = "https://surety.example.jp/issuers/" + uniqueUser("nishi");
        String pem = Pem.encode(KeyPairs.generateEd25519().getPublic());
        as(admin).contentType(FORM).formParam("_csrf", csrfOf(page)).formParam("issuerId", issuer)
                .formParam("issuerName", "西日本建設業保証株式会社").formParam("publicKeyPem", pem)
                .post("/portal/admin/trust-anchors").then().statusCode(303);
        String after = as(admin).get("/portal/admin/trust-anchors").asString();
        assertThat(after).contains("西日本建設業保証株式会社");
        Matcher vm = Pattern.compile("value=\"(" + Pattern.quote(issuer) + "#[^\"]+)\"").matcher(after);
        assertThat(vm.find()).isTrue();
        as(admin).contentType(FORM).formParam("_csrf", csrfOf(after)).formParam("verificationMethod", vm.group(1))
                .post("/portal/admin/trust-anchors/revocations").then().statusCode(303);
        String retired = as(admin).get("/portal/admin/trust-anchors?notice=retired").asString();
        assertThat(retired).contains("検証鍵を失効させました。").contains("失効（");
        String bad = as(admin).contentType(FORM).formParam("_csrf", csrfOf(retired)).formParam("issuerId", issuer)
                .formParam("publicKeyPem", "not a key").post("/portal/admin/trust-anchors")
                .then().statusCode(400).extract().asString();
        assertThat(bad).contains("Ed25519 の公開鍵（PEM または publicKeyMultibase）を入力してください。");
    }

    @Test
    void registryAdminSearchesTheAuditLogOnAPage() {
        String admin = registryAdmin("staff-" + uniqueUser("f"));
        String user = uniqueUser("audit-page");
        jp.esurety.registry.IssuanceEvents.lookup(jp.esurety.registry.IssuanceEvents.ordererToken(user,
                jp.esurety.registry.IssuanceEvents.OMITAMA, null), "10.9.8.7", "10101-999999", "WrongKey0001");
        String empty = as(admin).get("/portal/admin/audit").then().statusCode(200).extract().asString();
        assertThat(empty).contains("照会ログ").doesNotContain("検索結果");
        String html = as(admin).get("/portal/admin/audit?search=1&username=" + user + "&action=LOOKUP")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("検索結果（1件）").contains(user).contains("10101-999999").contains("不一致・権限なし")
                .contains("10.9.8.7").contains("照会");
        as(admin).get("/portal/admin/audit?search=1&from=yesterday").then().statusCode(400);
    }

    @Test
    void onlyRegistryStaffOpenTheRegistryAdminPages() {
        as(TestTokens.orderer("ORD-082368")).get("/portal/admin/orderers").then().statusCode(403);
        as(ordererAdmin("omitama-admin", "ORD-082368")).get("/portal/admin/audit").then().statusCode(403);
        as(registryAdmin("staff-x")).get("/portal/organisation").then().statusCode(403);
    }

    @Test
    void ordererAdminSetsItsSubmissionSettingsOnItsPage() {
        String admin = ordererAdmin("kashiwa-admin-" + uniqueUser("g"), "ORD-122173");
        String page = as(admin).get("/portal/organisation").then().statusCode(200).extract().asString();
        assertThat(page).contains("柏市（ORD-122173）の設定・利用者").contains("&#123;工事番号&#125;");
        as(admin).contentType(FORM).formParam("_csrf", csrfOf(page))
                .formParam("submissionAddress", "keiyaku@city.kashiwa.example.jp")
                .formParam("subjectTemplate", "【電子保証】{工事番号} {工事名}").formParam("printoutRequired", "true")
                .post("/portal/organisation/submission-settings").then().statusCode(303);
        String saved = as(admin).get("/portal/organisation?notice=saved").asString();
        assertThat(saved).contains("提出方法を保存しました。").contains("value=\"keiyaku@city.kashiwa.example.jp\"")
                .contains("value=\"【電子保証】{工事番号} {工事名}\"").contains("name=\"printoutRequired\" type=\"checkbox\" value=\"true\" checked");
        String bad = as(admin).contentType(FORM).formParam("_csrf", csrfOf(saved)).formParam("submissionAddress", "nope")
                .formParam("subjectTemplate", "{契約者名}").post("/portal/organisation/submission-settings")
                .then().statusCode(400).extract().asString();
        assertThat(bad).contains("提出先メールアドレスの形式が正しくありません。")
                .contains("件名に使える差し込み項目は {工事番号} と {工事名} だけです。");
    }

    @Test
    void ordererAdminAddsAndDisablesItsUsersOnItsPage() {
        String adminName = "kashiwa-admin-" + uniqueUser("h");
        String admin = ordererAdmin(adminName, "ORD-122173");
        String page = as(admin).get("/portal/organisation").asString();
        String newUser = uniqueUser("kashiwa-user");
        as(admin).contentType(FORM).formParam("_csrf", csrfOf(page)).formParam("username", newUser)
                .formParam("displayName", "柏 花子").formParam("email", "hanako@city.kashiwa.example.jp")
                .post("/portal/organisation/users").then().statusCode(303);
        String listed = as(admin).get("/portal/organisation?notice=created").asString();
        assertThat(listed).contains("利用者を追加しました。").contains(newUser).contains("柏 花子").contains("管理者が追加");
        as(admin).contentType(FORM).formParam("_csrf", csrfOf(listed))
                .post("/portal/organisation/users/" + newUser + "/disable").then().statusCode(303);
        assertThat(as(admin).get("/portal/organisation").asString()).contains("/portal/organisation/users/" + newUser
                + "/enable");
        String dup = as(admin).contentType(FORM).formParam("_csrf", csrfOf(listed)).formParam("username", newUser)
                .post("/portal/organisation/users").then().statusCode(409).extract().asString();
        assertThat(dup).contains("このユーザーIDは既に登録されています。");
    }

    @Test
    void theMenuShowsEachRoleItsOwnPages() {
        String staffMenu = as(registryAdmin("staff-menu")).get("/portal/admin/orderers").asString();
        assertThat(staffMenu).contains("href=\"/portal/admin/audit\"").doesNotContain("href=\"/portal/inbox\"");
        String ordererMenu = as(ordererAdmin("omitama-admin-menu", "ORD-082368")).get("/portal").asString();
        assertThat(ordererMenu).contains("href=\"/portal/organisation\"").contains("href=\"/portal/inbox\"")
                .doesNotContain("href=\"/portal/admin/audit\"");
    }
}
