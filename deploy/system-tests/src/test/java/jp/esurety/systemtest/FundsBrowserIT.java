package jp.esurety.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.restassured.http.ContentType;
import jp.esurety.local.Realm;
import jp.esurety.local.StackEndpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static jp.esurety.systemtest.Screens.exact;
import static jp.esurety.systemtest.Screens.exactIn;
import static jp.esurety.systemtest.Screens.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 前払金 on Net Desk in real Chromium against the running local stack: for contractor1's issued electronic 前払金保証
 * (applied for through the API before the steps), the contractor issues the 前払金請求書 and downloads its PDF, files a
 * 前払金使途内訳明細書 whose total equals the advance, funds1 (role funds, branch 10101) accepts it, the contractor's
 * 払出依頼書 above the remaining amount is refused in Japanese and a valid one is filed, funds1 approves it, the
 * 前払金払出予定 shows what remains, and both sides download the 前払金払出依頼書 PDF. Every screen passes axe-core.
 *
 * <p>The steps run in order and build on each other; a step whose predecessor failed is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundsBrowserIT {

    static final String OMITAMA = "ORD-082368";
    static final long ADVANCE = 20_000_000L;

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    private final StackEndpoints stack = SharedStack.endpoints();
    private final Screens screens = new Screens();
    private final ObjectMapper json = new ObjectMapper();
    private final String workName = "小美玉市道3-4567号線舗装工事（前払金" + UUID.randomUUID().toString().substring(0, 6) + "）";

    private String contractNumber;
    private Page contractor;
    private Page funds;
    private boolean claimIssued;
    private boolean planFiled;
    private boolean planAccepted;
    private boolean withdrawalFiled;
    private String withdrawalId;

    @BeforeAll
    void contractor1HoldsAnIssuedElectronicAdvancePaymentGuarantee() {
        String token = Keycloak.token(Realm.NETDESK, "contractor1");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> api(token).get("/api/orderers")
                .then().statusCode(200).body("ordererId", hasItem(OMITAMA)));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> api(token).get("/api/branches")
                .then().statusCode(200).body("branchCode", hasItem("10101")));
        // within branch 10101's demo auto-approval rules: issued and registered without a person
        String[] applicationId = new String[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            var response = api(token).contentType(ContentType.JSON).body(advancePaymentApplication()).post("/api/applications");
            if (response.statusCode() == 422
                    && String.valueOf(response.path("type")).endsWith(":contractor-registered")) {
                return false; // ContractorRegistered has not reached Net Desk yet
            }
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            applicationId[0] = response.path("id");
            return true;
        });
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                api(token).get("/api/applications/" + applicationId[0]).then().statusCode(200)
                        .body("lines[0].status", equalTo("REGISTERED")));
        contractNumber = api(token).get("/api/applications/" + applicationId[0]).path("lines[0].contractNumber");
        assertThat(contractNumber).matches("10101-[0-9]{6}");
    }

    @AfterEach
    void everyScreenVisitedIsAccessible() {
        screens.assertAccessible();
    }

    @Test
    @Order(1)
    void contractorIssuesTheAdvanceClaimAndDownloadsItsPdf() throws Exception {
        contractor = signedIn("contractor1", "contractor");
        Page page = contractor;
        openFunds(page);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(contractNumber);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("20,000,000 円");

        Locator claimForm = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("前払金請求書の作成"));
        claimForm.getByLabel(field("金融機関コード")).fill("0131");
        claimForm.getByLabel(field("金融機関名")).fill("常陽銀行");
        claimForm.getByLabel(field("支店コード")).fill("201");
        claimForm.getByLabel(field("支店名")).fill("小美玉支店");
        claimForm.getByLabel(field("預金種目")).selectOption(new SelectOption().setLabel("普通"));
        claimForm.getByLabel(field("口座番号")).fill("1234567");
        claimForm.getByLabel(field("口座名義（カナ）")).fill("(ｶ)ｵﾐﾀﾏｹﾝｾﾂ");
        screens.audit(page, "contractor/funds-claim-form");
        claimForm.getByRole(AriaRole.BUTTON, exactIn("前払金請求書を作成する")).click();

        Locator claimButton = page.getByRole(AriaRole.BUTTON, exact("前払金請求書（PDF）"));
        assertThat(claimButton).isVisible();
        claimIssued = true;
        screens.audit(page, "contractor/funds-claim-issued");

        // the PDF is rendered by notification from the claim event: there once the event has arrived
        awaitDocument(page, "/api/documents-pdf/advance-claims/" + contractNumber);
        String text = pdfText(download(page, claimButton, "advance-claim-" + contractNumber + ".pdf"));
        assertThat(text).contains("前払金請求書", "小美玉市長 殿", "株式会社 小美玉建設", contractNumber,
                "20,000,000 円", "常陽銀行（0131）", "小美玉支店（201）", "1234567", "(ｶ)ｵﾐﾀﾏｹﾝｾﾂ");
        assertThat(page.getByText("前払金請求書_" + contractNumber + ".pdf をダウンロードしました。")).isVisible();
    }

    @Test
    @Order(2)
    void contractorFilesAPlanWhoseTotalEqualsTheAdvance() {
        assumeTrue(claimIssued, "needs the claim of step 1");
        Page page = contractor;
        page.getByRole(AriaRole.LINK, exact("使途内訳明細書を作成する")).click();
        assertThat(page.getByRole(AriaRole.HEADING, level1("前払金使途内訳明細書"))).isVisible();
        Locator submit = page.getByRole(AriaRole.BUTTON, exact("提出する"));

        page.getByLabel("材料費の金額", new Page.GetByLabelOptions().setExact(true)).fill("12000000");
        page.getByLabel("材料費の内容", new Page.GetByLabelOptions().setExact(true)).fill("アスファルト合材・路盤材");
        page.getByLabel("労務費の金額", new Page.GetByLabelOptions().setExact(true)).fill("6000000");
        assertThat(page.getByTestId("plan-difference")).hasText("2,000,000 円");
        assertThat(submit).isDisabled();
        page.getByLabel("未定の金額", new Page.GetByLabelOptions().setExact(true)).fill("2000000");
        assertThat(page.getByText("前払金額と一致しています。")).isVisible();
        assertThat(page.getByTestId("plan-total")).hasText("20,000,000 円");
        screens.audit(page, "contractor/funds-plan-form");
        submit.click();

        assertThat(page.getByRole(AriaRole.HEADING, level1("前払金の管理"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS).filter(hasText("前払金使途内訳明細書（第1版）を提出しました。")))
                .isVisible();
        assertThat(page.getByText("提出した使途内訳明細書を審査しています。結果をお待ちください。")).isVisible();
        planFiled = true;
        screens.audit(page, "contractor/funds-plan-submitted");
    }

    @Test
    @Order(3)
    void fundsStaffAcceptsThePlan() {
        assumeTrue(planFiled, "needs the plan of step 2");
        funds = signedIn("funds1", "staff");
        Page page = funds;
        menu(page, "前払金審査");
        Locator review = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("審査する " + contractNumber + " 第1版"));
        assertThat(review).isVisible();
        screens.audit(page, "staff/funds-queue");
        review.click();

        assertThat(page.getByRole(AriaRole.HEADING, level1("前払金審査 " + contractNumber))).isVisible();
        Locator plan = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("使途内訳明細書 第1版"));
        assertThat(plan).containsText("前払金額と一致");
        screens.audit(page, "staff/funds-contract-plan");
        plan.getByRole(AriaRole.BUTTON, exactIn("受理する")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(hasText("使途内訳明細書（第1版）を受理しました。"))).isVisible();
        assertThat(page.getByTestId("staff-remaining")).hasText("20,000,000 円");
        planAccepted = true;
    }

    @Test
    @Order(4)
    void aWithdrawalAboveTheRemainingAmountIsRefusedInJapaneseAndAValidOneIsFiled() {
        assumeTrue(planAccepted, "needs the plan accepted in step 3");
        Page page = contractor;
        openFunds(page);
        page.getByRole(AriaRole.LINK, exact("払出依頼書を作成する")).click();
        assertThat(page.getByRole(AriaRole.HEADING, level1("前払金払出依頼書"))).isVisible();
        page.getByLabel(field("使途")).selectOption("MATERIALS");
        page.getByLabel(field("払出金額（円）")).fill("13000000");
        page.getByLabel(field("払出先の名称")).fill("株式会社 水戸資材");
        page.getByLabel(field("金融機関コード")).fill("0131");
        page.getByLabel(field("支店コード")).fill("001");
        page.getByLabel(field("預金種目")).selectOption("CURRENT");
        page.getByLabel(field("口座番号")).fill("7654321");
        page.getByLabel(field("口座名義（カナ）")).fill("(ｶ)ﾐﾄｼｻﾞｲ");
        page.getByRole(AriaRole.BUTTON, exact("払出依頼を提出する")).click();

        String refusal = "払出金額が使途「材料費」の払出可能残額（12,000,000円）を超えています。";
        assertThat(page.getByRole(AriaRole.ALERT).filter(hasText(refusal)).first()).isVisible();
        assertThat(page.getByLabel(field("払出金額（円）"))).hasAttribute("aria-invalid", "true");
        screens.audit(page, "contractor/funds-withdrawal-refused");
        // the API refuses it too, whatever the screen checks first
        api(Keycloak.token(Realm.NETDESK, "contractor1")).contentType(ContentType.JSON).body(withdrawal(13_000_000))
                .post("/api/funds/contracts/" + contractNumber + "/withdrawals")
                .then().statusCode(422)
                .body("type", equalTo("urn:esurety:problem:rule:withdrawal-within-accepted-plan"))
                .body("detail", org.hamcrest.Matchers.containsString("払出可能残額"));

        page.getByLabel(field("払出金額（円）")).fill("3000000");
        page.getByRole(AriaRole.BUTTON, exact("払出依頼を提出する")).click();
        assertThat(page.getByRole(AriaRole.HEADING, level1("前払金の管理"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS).filter(hasText("前払金払出依頼書を提出しました。"))).isVisible();
        Locator requests = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("払出依頼の一覧"));
        assertThat(requests).containsText("3,000,000 円");
        assertThat(requests).containsText("株式会社 水戸資材");
        assertThat(requests.getByRole(AriaRole.BUTTON, exactIn("払出依頼書（PDF）"))).hasCount(0);
        withdrawalFiled = true;
        screens.audit(page, "contractor/funds-withdrawal-requested");
    }

    @Test
    @Order(5)
    void fundsStaffApprovesTheWithdrawalAndDownloadsItsPdf() throws Exception {
        assumeTrue(withdrawalFiled && funds != null, "needs the request of step 4 and funds1 of step 3");
        Page page = funds;
        menu(page, "前払金審査");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("審査する " + contractNumber + " 材料費 3,000,000 円").setExact(true)).click();
        Locator request = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("払出依頼 材料費 3,000,000 円"));
        assertThat(request).containsText("12,000,000 円");
        screens.audit(page, "staff/funds-contract-withdrawal");
        request.getByRole(AriaRole.BUTTON, exactIn("承認する")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(hasText("払出依頼（材料費 3,000,000 円）を承認しました。")))
                .isVisible();
        assertThat(page.getByTestId("staff-remaining")).hasText("17,000,000 円");

        JsonNode contract = browserGet(page, "/api/funds/staff/contracts/" + contractNumber);
        withdrawalId = contract.path("withdrawals").get(0).path("withdrawalId").asText();
        assertThat(contract.path("withdrawals").get(0).path("status").asText()).isEqualTo("APPROVED");

        awaitDocument(page, "/api/documents-pdf/staff/withdrawals/" + withdrawalId);
        Locator decided = page.getByRole(AriaRole.HEADING, exact("審査済みの払出依頼")).locator("xpath=following-sibling::div[1]");
        String text = pdfText(download(page, decided.getByRole(AriaRole.BUTTON, exactIn("払出依頼書（PDF）")),
                "staff-withdrawal-" + withdrawalId + ".pdf"));
        assertThat(text).contains("前払金払出依頼書", "常陽銀行 小美玉支店 御中", "3,000,000 円", "材料費",
                "株式会社 水戸資材", "7654321", "東日本建設業保証株式会社");
        screens.audit(page, "staff/funds-contract-approved");
    }

    @Test
    @Order(6)
    void contractorSeesTheRemainingBalanceAndDownloadsTheWithdrawalPdf() throws Exception {
        assumeTrue(withdrawalId != null, "needs the approval of step 5");
        Page page = contractor;
        openFunds(page);
        Locator schedule = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(Pattern.compile("^前払金払出予定")));
        assertThat(schedule.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile("^材料費"))))
                .containsText("9,000,000 円");
        assertThat(page.getByTestId("remaining-total")).hasText("17,000,000 円");
        Locator requests = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("払出依頼の一覧"));
        assertThat(requests).containsText("承認");
        screens.audit(page, "contractor/funds-approved");

        byte[] pdf = download(page, requests.getByRole(AriaRole.BUTTON, exactIn("払出依頼書（PDF）")),
                "withdrawal-" + withdrawalId + ".pdf");
        List<String> lines = pdfText(pdf).lines().map(String::strip).toList();
        assertThat(lines).contains("材料費 12,000,000 3,000,000 9,000,000", "合計 20,000,000 3,000,000 17,000,000");
        assertThat(page.getByText(Pattern.compile("前払金払出依頼書_" + contractNumber + "_\\d{8}\\.pdf をダウンロードしました。")))
                .isVisible();
    }

    @Test
    @Order(7)
    void anotherContractorGetsNoneOfTheseDocuments() {
        assumeTrue(withdrawalId != null, "needs the documents of steps 1 and 5");
        String other = Keycloak.token(Realm.NETDESK, "contractor2");
        api(other).get("/api/documents-pdf/advance-claims/" + contractNumber).then().statusCode(404);
        api(other).get("/api/documents-pdf/withdrawals/" + withdrawalId).then().statusCode(404);
        api(other).get("/api/funds/contracts/" + contractNumber).then().statusCode(404);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A new browser profile signed in on Keycloak from Net Desk's start page, as a person would. */
    private Page signedIn(String username, String guide) {
        Page page = CHROMIUM.newContext().newPage();
        page.navigate(stack.gatewayUrl().toString());
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, exactIn("ログイン")).click();
        KeycloakLoginPage.signIn(page, stack.keycloakUrl(), stack.gatewayUrl(), username, guide, null);
        return page;
    }

    private static void menu(Page page, String item) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, exactIn(item)).click();
    }

    /** 前払金 (menu) → the contract: the contractor's 前払金の管理 of this run's guarantee. */
    private void openFunds(Page page) {
        menu(page, "前払金");
        page.getByRole(AriaRole.LINK, exact("前払金の管理 " + contractNumber)).click();
        assertThat(page.getByRole(AriaRole.HEADING, level1("前払金の管理"))).isVisible();
    }

    /** Waits until notification has rendered the document from its event (asked with the browser's session). */
    private void awaitDocument(Page page, String path) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                page.request().get(stack.gatewayUrl() + path).status() == 200);
    }

    /** Clicks a download button, keeps the file in the browser artifacts and returns it (a PDF). */
    private static byte[] download(Page page, Locator button, String name) throws IOException {
        Download download = page.waitForDownload(button::click);
        assertThat(download.failure()).isNull();
        Path file = Chromium.ARTIFACTS.resolve(name);
        download.saveAs(file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return bytes;
    }

    private JsonNode browserGet(Page page, String path) throws IOException {
        var response = page.request().get(stack.gatewayUrl() + path);
        assertThat(response.status()).as("GET " + path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private io.restassured.specification.RequestSpecification api(String token) {
        return given().baseUri(stack.gatewayUrl().toString()).auth().oauth2(token);
    }

    /** A form field by its label, which may end in the 必須 mark. */
    private static Pattern field(String label) {
        // Playwright hands the pattern to JavaScript, which knows no \\Q…\\E: escape the label by hand
        return Pattern.compile("^" + label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*(必須)?$");
    }

    private static Page.GetByRoleOptions level1(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1);
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    private static Map<String, Object> withdrawal(long amount) {
        return Map.of("category", "MATERIALS", "amount", amount, "payee", Map.of("name", "株式会社 水戸資材",
                "bankCode", "0131", "branchCode", "001", "accountType", "CURRENT", "accountNumber", "7654321",
                "holderKana", "(ｶ)ﾐﾄｼｻﾞｲ"));
    }

    private Map<String, Object> advancePaymentApplication() {
        return SampleApplications.advancePayment(workName, "令和8年度 第789号", ADVANCE, "常陽銀行 小美玉支店", null);
    }
}
