package jp.esurety.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static jp.esurety.systemtest.Screens.exact;
import static jp.esurety.systemtest.Screens.exactIn;
import static jp.esurety.systemtest.Screens.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Net Desk in real Chromium against the running local stack, as its users drive it: a contractor signs in on the real
 * Keycloak page, files an electronic 前払金保証 with a 契約保証, sees both 認証キー differ, downloads the key notice and
 * opens the certificate view; the orderer 小美玉市長 looks the certificate up on D-Sure's portal and prints it; an
 * underwriter decides a case the auto-approval rules left to a person; a second contractor sees nothing of the first
 * one's contracts; and the screens work at a tablet's width. Every screen passes axe-core (no serious or critical
 * WCAG A/AA violation) and is photographed for the user guide (docs/guide/contractor, staff, orderer).
 *
 * <p>The steps run in order on one stack and build on each other; a step whose predecessor failed is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetDeskBrowserIT {

    static final String OMITAMA = "ORD-082368";
    static final String OMITAMA_NAME = "小美玉市長";
    static final Pattern KEY_IN_NOTICE = ThinSliceIT.KEY_IN_NOTICE;
    /** The demo rules of branch 10101 (issuance DemoMasterData): 契約保証 is approved automatically up to 50,000,000. */
    static final long CONTRACT_AUTO_APPROVAL_LIMIT = 50_000_000L;
    static final long QUEUED_CONTRACT_AMOUNT = 600_000_000L;
    static final long QUEUED_GUARANTEE = 60_000_000L;

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    private final StackEndpoints stack = SharedStack.endpoints();
    private final Screens screens = new Screens();
    private final ObjectMapper json = new ObjectMapper();
    /** Makes this run's works recognisable among earlier runs' on the same stack. */
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String workName = "小美玉市道1-2345号線道路改良工事（試験" + run + "）";
    private final String queuedWork = "柏・小美玉連絡道路整備工事（審査" + run + "）";
    private String queuedApplicationId;

    private Page contractor;
    private String applicationId;
    private String advanceNumber;
    private String contractNumber;
    private String advanceKey;
    private String contractKey;

    @BeforeAll
    void referenceDataHasReachedNetDesk() {
        // orderers come from D-Sure, branches and the contractor register from issuance (events): the form needs them
        String token = Keycloak.token(Realm.NETDESK, "contractor1");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> api(token).get("/api/orderers")
                .then().statusCode(200).body("ordererId", hasItem(OMITAMA)));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> api(token).get("/api/branches")
                .then().statusCode(200).body("branchCode", hasItem("10101")));

        // contractor1 applies (API) for a 契約保証 above the branch's auto-approval limit: the underwriter's case of
        // step 7. Accepted once contractor1's registration has reached Net Desk.
        assertThat(QUEUED_GUARANTEE).isGreaterThan(CONTRACT_AUTO_APPROVAL_LIMIT);
        Map<String, Object> queued = SampleApplications.contractGuarantee(queuedWork, "令和8年度 第456号",
                QUEUED_CONTRACT_AMOUNT, QUEUED_GUARANTEE);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            var response = api(token).contentType(ContentType.JSON).body(queued).post("/api/applications");
            if (response.statusCode() == 422
                    && String.valueOf(response.path("type")).endsWith(":contractor-registered")) {
                return false; // ContractorRegistered has not arrived yet
            }
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            queuedApplicationId = response.path("id");
            return true;
        });
    }

    @AfterEach
    void everyScreenVisitedIsAccessible() {
        screens.assertAccessible();
    }

    @Test
    @Order(1)
    void contractorSignsInOnKeycloakAndSeesTheTopMenu() {
        contractor = CHROMIUM.newContext().newPage();
        contractor.navigate(stack.gatewayUrl().toString());
        assertThat(contractor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ようこそ、ネットデスクへ")))
                .isVisible();
        contractor.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("ログイン"))
                .click();
        KeycloakLoginPage.signIn(contractor, stack.keycloakUrl(), stack.gatewayUrl(), "contractor1", "contractor", "01-login.png");

        Locator menu = contractor.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"));
        assertThat(menu.getByRole(AriaRole.LINK, exactIn("保証申込"))).isVisible();
        assertThat(contractor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("作成する"))).isVisible();
        assertThat(contractor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("確認する"))).isVisible();
        assertThat(contractor.getByRole(AriaRole.BANNER)).containsText("ログアウト");
        screens.check(contractor, "contractor", "02-top-menu.png");
    }

    @Test
    @Order(2)
    void contractorFilesAnElectronicAdvancePaymentWithAContractGuaranteeForOmitama() throws Exception {
        assumeTrue(contractor != null, "needs the signed-in contractor of step 1");
        Page page = contractor;
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, exactIn("保証申込")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申込の作成").setLevel(1))).isVisible();
        Locator ordererSelect = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("発注者"));
        assertThat(ordererSelect.locator("option", new Locator.LocatorOptions().setHasText(OMITAMA_NAME))).hasCount(1);

        // 請負工事の情報
        page.getByLabel("工事名").fill(workName);
        page.getByLabel("工事番号").fill("令和8年度 第123号");
        ordererSelect.selectOption(new SelectOption().setLabel(OMITAMA_NAME + "（電子保証対応）"));
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("工種"))
                .getByRole(AriaRole.RADIO, exactIn("土木建築")).check();
        page.getByLabel("請負金額（円）").fill("50000000");
        page.getByLabel("工期(自)").fill("2026-12-01");
        page.getByLabel("工期(至)").fill("2027-03-19");
        page.getByLabel("請負契約日").fill("2026-11-20");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("発注者が電子保証の利用を認めた工事・業務委託です"))
                .check();

        // 保証の申込内容: 前払金保証 (40%) and 契約保証 (10%), both electronic, paid in the monthly lump sum
        Locator advance = product("前払金保証");
        advance.getByRole(AriaRole.CHECKBOX, exactIn("前払金保証を申し込む")).check();
        advance.getByRole(AriaRole.RADIO, exactIn("電子保証(認証キーを含む)")).check();
        advance.getByLabel("前払金保証金額（円）").fill("20000000");
        assertThat(advance.getByRole(AriaRole.STATUS, exactIn("割合"))).hasText("40.0%");
        advance.getByLabel("預託金融機関(全角)").fill("〇〇銀行　小美玉支店");
        advance.getByRole(AriaRole.RADIO, exactIn("再預託を利用しない")).check();
        advance.getByLabel("前払金保証料支払方法").selectOption(new SelectOption().setLabel("一括納付"));
        advance.getByLabel("前払金保証料請求先").fill("株式会社 小美玉建設");
        advance.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("保証料計算書(紙)について"))
                .getByRole(AriaRole.RADIO, exactIn("希望しない")).check();

        Locator contract = product("契約保証");
        contract.getByRole(AriaRole.CHECKBOX, exactIn("契約保証を申し込む")).check();
        contract.getByRole(AriaRole.RADIO, exactIn("電子保証(認証キーを含む)")).check();
        contract.getByLabel("契約保証金額（円）").fill("5000000");
        assertThat(contract.getByRole(AriaRole.STATUS, exactIn("割合"))).hasText("10.0%");
        contract.getByLabel("契約保証料支払方法").selectOption(new SelectOption().setLabel("一括納付"));
        contract.getByLabel("契約保証料請求先").fill("株式会社 小美玉建設");
        contract.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("保証料計算書(紙)について"))
                .getByRole(AriaRole.RADIO, exactIn("希望しない")).check();

        // インフォメーション
        Locator information = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("インフォメーション"));
        information.getByLabel("申込送信先").selectOption("10101");
        information.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("電子保証発行完了のお知らせ"))
                .getByRole(AriaRole.RADIO, exactIn("希望する")).check();
        information.getByLabel("メールアドレス").fill("keiri-" + run + "@omitama-kensetsu.example.jp");
        screens.check(page, "contractor", "03-application-form.png");

        // 申込確認 → 送信する → 送信完了
        page.getByRole(AriaRole.BUTTON, exact("申込確認")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申込確認").setLevel(1))).isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(workName);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(OMITAMA_NAME);
        screens.check(page, "contractor", "04-application-confirm.png");

        page.getByRole(AriaRole.BUTTON, exact("送信する")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("送信完了").setLevel(1))).isVisible();
        applicationId = page.locator(".application-number").innerText().trim();
        assertThat(applicationId).isNotBlank();
        Locator lines = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("保証の申込内容"));
        assertThat(lines).containsText("前払金保証");
        assertThat(lines).containsText("契約保証");
        screens.check(page, "contractor", "05-application-done.png");

        // both lines are within the auto-approval rules: issued and registered on D-Sure without a person
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            JsonNode view = browserGet(page, "/api/applications/" + applicationId);
            for (JsonNode line : view.path("lines")) {
                if (!"REGISTERED".equals(line.path("status").asText())) {
                    return false;
                }
            }
            return view.path("lines").size() == 2;
        });
        for (JsonNode line : browserGet(page, "/api/applications/" + applicationId).path("lines")) {
            switch (line.path("productType").asText()) {
                case "ADVANCE_PAYMENT" -> advanceNumber = line.path("contractNumber").asText();
                case "CONTRACT" -> contractNumber = line.path("contractNumber").asText();
                default -> throw new AssertionError("unexpected line " + line);
            }
        }
        assertThat(advanceNumber).matches("10101-[0-9]{6}");
        assertThat(contractNumber).matches("10101-[0-9]{6}").isNotEqualTo(advanceNumber);

        // 状況 shows the application with both lines issued
        page.getByRole(AriaRole.LINK, exact("状況を確認する")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("状況").setLevel(1))).isVisible();
        Locator status = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("申込の一覧"));
        assertThat(status).containsText(workName);
        assertThat(status).containsText(advanceNumber);
        assertThat(status).containsText(contractNumber);
        assertThat(status).containsText("電子保証発行済");
        screens.check(page, "contractor", "06-application-status.png");
    }

    @Test
    @Order(3)
    void bothContractsAreListedAsElectronicAndTheirKeysDiffer() {
        assumeTrue(advanceNumber != null && contractNumber != null, "needs the contracts of step 2");
        Page page = contractor;
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, exactIn("保証契約一覧")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("保証契約一覧").setLevel(1))).isVisible();
        page.getByRole(AriaRole.TAB, exact("電子保証（認証キー）")).click();
        assertThat(page.getByRole(AriaRole.TAB, exact("電子保証（認証キー）"))).hasAttribute("aria-selected", "true");
        Locator panel = page.getByRole(AriaRole.TABPANEL);
        assertThat(panel.getByRole(AriaRole.LINK, detailLink(advanceNumber))).isVisible();
        assertThat(panel.getByRole(AriaRole.LINK, detailLink(contractNumber))).isVisible();
        screens.check(page, "contractor", "07-contract-list.png");

        contractKey = openDetailAndReadKey(page, contractNumber, "契約保証");
        page.goBack();
        advanceKey = openDetailAndReadKey(page, advanceNumber, "前払金保証");
        screens.check(page, "contractor", "08-contract-detail.png");

        assertThat(advanceKey).matches("[A-Za-z0-9]{12}");
        assertThat(contractKey).matches("[A-Za-z0-9]{12}");
        assertThat(advanceKey).as("each product line has its own 認証キー").isNotEqualTo(contractKey);
    }

    @Test
    @Order(4)
    void keyNoticeDownloadsAsAPdfWithTheContractNumberAndKey() throws Exception {
        assumeTrue(advanceKey != null, "needs the contract detail of step 3");
        Page page = contractor;
        assertThat(page).hasURL(Pattern.compile(".*/contracts/" + advanceNumber + "$"));
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.BUTTON, exact("印刷（PDFダウンロード）")).click());
        Path pdf = Chromium.ARTIFACTS.resolve("key-notice-" + advanceNumber + ".pdf");
        download.saveAs(pdf);
        assertThat(download.failure()).isNull();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(bytes);
        assertThat(text).contains("電子保証にかかる「認証キー」のお知らせ", advanceNumber, "前払金保証");
        Matcher key = KEY_IN_NOTICE.matcher(text);
        assertThat(key.find()).as("the key is printed on the notice").isTrue();
        assertThat(key.group(1)).as("the notice carries the key the screen shows").isEqualTo(advanceKey);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("ダウンロードしました")))
                .isVisible();
    }

    @Test
    @Order(5)
    void certificateViewOpensInItsOwnWindowWithJapaneseEraDates() {
        assumeTrue(advanceKey != null, "needs the contract detail of step 3");
        Page page = contractor;
        Locator history = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("電子保証情報（履歴情報）"));
        Page certificate = page.context().waitForPage(() ->
                history.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^選択\\s*（?No\\.1\\D"))).click());
        certificate.waitForLoadState();
        assertThat(certificate.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("保証証書（前払金保証）")))
                .isVisible();
        Locator article = certificate.getByRole(AriaRole.ARTICLE);
        assertThat(article).containsText(advanceNumber);
        assertThat(article).containsText("株式会社 小美玉建設");
        assertThat(article).containsText(OMITAMA_NAME);
        assertThat(article).containsText("20,000,000");
        assertThat(article).containsText("令和8年11月20日"); // 請負契約日
        assertThat(article).containsText("令和8年12月1日"); // 工期(自)
        assertThat(article).containsText("令和9年3月19日"); // 工期(至)
        assertThat(certificate.getByRole(AriaRole.BUTTON, exact("印刷"))).isVisible();
        screens.check(certificate, "contractor", "09-certificate.png");
        certificate.close();
    }

    @Test
    @Order(6)
    void ordererLooksTheCertificateUpOnTheRegistryPortalSeesJapaneseEraDatesAndPrintsIt() throws Exception {
        assumeTrue(advanceKey != null, "needs the number and key of step 3");
        Page page = CHROMIUM.newContext().newPage();
        page.navigate(stack.registryUrl() + "/portal");
        KeycloakLoginPage.signIn(page, stack.keycloakUrl(), stack.registryUrl(), "omitama", "orderer", "00-login.png");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("電子保証の確認").setLevel(1)))
                .isVisible();
        page.getByLabel("保証契約番号").fill(advanceNumber.replace("-", ""));
        page.getByLabel("認証キー").fill(advanceKey);
        screens.audit(page, "orderer/lookup");
        page.getByRole(AriaRole.BUTTON, exact("確認する")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("照会結果"))).isVisible();
        Locator summary = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("保証契約内容の確認"));
        assertThat(summary).containsText(advanceNumber);
        assertThat(summary).containsText("20,000,000");
        screens.audit(page, "orderer/result");
        summary.getByRole(AriaRole.LINK).click();

        Locator certificate = page.locator("article.certificate");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("保証証書（前払金保証）"))).isVisible();
        assertThat(certificate).containsText(advanceNumber);
        assertThat(certificate).containsText("令和8年11月20日");
        assertThat(certificate).containsText("令和8年12月1日");
        assertThat(certificate).containsText("令和9年3月19日");
        screens.audit(page, "orderer/certificate");

        // print: the print style sheet shows the certificate alone; Chromium's print output is kept as the artifact
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".site-header")).isHidden();
        Screens.photograph(page, "orderer", "05-certificate-printed.png");
        byte[] printed = page.pdf(new Page.PdfOptions().setPrintBackground(true).setPreferCSSPageSize(true));
        Files.createDirectories(Chromium.ARTIFACTS);
        Files.write(Chromium.ARTIFACTS.resolve("orderer-certificate-" + advanceNumber + ".pdf"), printed);
        assertThat(pdfText(printed)).contains(advanceNumber, "令和8年11月20日");
        page.context().close();
    }

    @Test
    @Order(7)
    void underwriterDecidesACaseTheAutoApprovalRulesLeftToAPerson() throws Exception {
        assumeTrue(queuedApplicationId != null, "needs the application filed before the steps");
        String token = Keycloak.token(Realm.NETDESK, "contractor1");
        Page page = CHROMIUM.newContext().newPage();
        page.navigate(stack.gatewayUrl().toString());
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("ログイン")).click();
        KeycloakLoginPage.signIn(page, stack.keycloakUrl(), stack.gatewayUrl(), "underwriter1", "staff", null);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, exactIn("審査キュー")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("審査キュー").setLevel(1))).isVisible();

        Locator openCase = page.getByRole(AriaRole.LINK, name(queuedWork + "（契約保証）の案件を開く"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            page.getByLabel("工事名").fill(queuedWork);
            page.getByRole(AriaRole.BUTTON, exact("検索")).click();
            page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("審査案件一覧"))
                    .or(page.getByText("該当する審査案件はありません。")).waitFor();
            assertThat(openCase.count()).isEqualTo(1);
        });
        Locator queue = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("審査案件一覧"));
        assertThat(queue).containsText("保証金額が自動承認の上限を超えています");
        assertThat(queue).containsText("60,000,000");
        screens.check(page, "staff", "01-underwriting-queue.png");

        openCase.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("審査案件: " + queuedWork).setLevel(1)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("保証金額が自動承認の上限を超えています");
        page.getByRole(AriaRole.RADIO, exact("承認")).check();
        page.getByLabel("審査コメント（任意）").fill("発注者の契約書を確認済み。");
        screens.check(page, "staff", "02-case-detail.png");

        page.getByRole(AriaRole.BUTTON, exact("承認する")).click();
        Locator done = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("承認しました。"));
        assertThat(done).isVisible();
        assertThat(done).containsText("保証契約番号: 10101-");
        screens.check(page, "staff", "03-case-approved.png");

        // the contractor sees the decision: the line leaves 審査中 and gets its contract number
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> line = api(token).get("/api/applications/" + queuedApplicationId).then().statusCode(200)
                    .extract().path("lines[0]");
            assertThat(line.get("status")).isIn("APPROVED", "ISSUED", "REGISTERED");
            assertThat((String) line.get("contractNumber")).matches("10101-[0-9]{6}");
        });
        page.context().close();
    }

    @Test
    @Order(8)
    void aSecondContractorCannotSeeTheFirstOnesContracts() {
        assumeTrue(advanceNumber != null && advanceKey != null, "needs the contracts of steps 2 and 3");
        Page page = CHROMIUM.newContext().newPage();
        page.navigate(stack.gatewayUrl() + "/contracts");
        KeycloakLoginPage.signIn(page, stack.keycloakUrl(), stack.gatewayUrl(), "contractor2", "contractor", null);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("保証契約一覧").setLevel(1))).isVisible();
        page.getByRole(AriaRole.TAB, exact("電子保証（認証キー）")).click();
        Locator panel = page.getByRole(AriaRole.TABPANEL);
        panel.getByRole(AriaRole.TABLE).or(panel.getByText("該当する保証契約はありません。")).waitFor();
        assertThat(panel).not().containsText(advanceNumber);
        assertThat(panel).not().containsText(contractNumber);
        assertThat(panel).not().containsText(workName);
        screens.audit(page, "contractor2/contract-list");

        // the detail address of contractor1's contract gives the not-found answer, and no key
        page.navigate(stack.gatewayUrl() + "/contracts/" + advanceNumber);
        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).isVisible();
        assertThat(alert).containsText("見つかりません");
        assertThat(page.getByTestId("authentication-key")).hasCount(0);
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(advanceKey);
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(workName);
        screens.audit(page, "contractor2/contract-detail-not-found");
        page.context().close();
    }

    @Test
    @Order(9)
    void theContractorsScreensWorkAtATabletWidth() {
        assumeTrue(advanceNumber != null, "needs the contracts of step 2");
        Page page = CHROMIUM.newContext(768).newPage();
        page.navigate(stack.gatewayUrl() + "/contracts");
        KeycloakLoginPage.signIn(page, stack.keycloakUrl(), stack.gatewayUrl(), "contractor1", "contractor", null);
        page.getByRole(AriaRole.TAB, exact("電子保証（認証キー）")).click();
        Locator detail = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(detailName(advanceNumber)));
        assertThat(detail).isVisible();
        assertNoSidewaysScrolling(page, "保証契約一覧");
        screens.check(page, "contractor", "10-contract-list-tablet.png");

        detail.click();
        assertThat(page.getByTestId("authentication-key")).hasText(advanceKey);
        assertNoSidewaysScrolling(page, "電子保証概要");
        screens.audit(page, "contractor/contract-detail-tablet");

        page.navigate(stack.gatewayUrl() + "/applications/new");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申込の作成").setLevel(1))).isVisible();
        product("前払金保証", page).getByRole(AriaRole.CHECKBOX, exactIn("前払金保証を申し込む")).check();
        assertNoSidewaysScrolling(page, "申込の作成");
        screens.audit(page, "contractor/application-form-tablet");
        page.context().close();
    }

    @Test
    @Order(10)
    void theContractorsOtherMenusOpenAndAreAccessible() {
        assumeTrue(contractor != null, "needs the signed-in contractor of step 1");
        Page page = contractor;
        page.navigate(stack.gatewayUrl().toString());
        Locator menu = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("確認する"));

        menu.getByRole(AriaRole.LINK, exactIn("電子保証対応の発注者")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("電子保証対応の発注者").setLevel(1)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(OMITAMA_NAME);
        screens.check(page, "contractor", "11-orderers.png");

        page.goBack();
        menu.getByRole(AriaRole.LINK, exactIn("保証料計算書一覧")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("保証料計算書一覧").setLevel(1)))
                .isVisible();
        page.getByRole(AriaRole.TABLE).or(page.locator(".empty")).first().waitFor();
        screens.check(page, "contractor", "12-premium-statements.png");

        page.goBack();
        menu.getByRole(AriaRole.LINK, exactIn("保証料計算")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("保証料計算").setLevel(1)))
                .isVisible();
        screens.check(page, "contractor", "13-premium-quote.png");

        page.goBack();
        menu.getByRole(AriaRole.LINK, exactIn("保証契約情報ダウンロード")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("保証契約情報ダウンロード").setLevel(1)))
                .isVisible();
        screens.check(page, "contractor", "14-contract-download.png");
    }

    @Test
    @Order(11)
    void theSuretyAdministratorsMasterDataScreensAreAccessible() {
        Page page = CHROMIUM.newContext().newPage();
        page.navigate(stack.gatewayUrl() + "/staff/admin");
        KeycloakLoginPage.signIn(page, stack.keycloakUrl(), stack.gatewayUrl(), "admin1", "staff", null);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("マスタ管理").setLevel(1))).isVisible();
        String[][] tabs = {{"自動承認ルール", "04-admin-rules.png"}, {"保証料率表", "05-admin-rates.png"},
                {"支店", "06-admin-branches.png"},
                {"お客様（契約者）", "07-admin-contractors.png"}};
        for (String[] tab : tabs) {
            page.getByRole(AriaRole.TAB, exact(tab[0])).click();
            assertThat(page.getByRole(AriaRole.TAB, exact(tab[0]))).hasAttribute("aria-selected", "true");
            page.getByRole(AriaRole.TABPANEL).getByRole(AriaRole.TABLE).first().waitFor();
            screens.check(page, "staff", tab[1]);
        }
        page.context().close();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private String openDetailAndReadKey(Page page, String number, String product) {
        page.getByRole(AriaRole.TABPANEL).getByRole(AriaRole.LINK, detailLink(number)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("電子保証概要（" + product).setLevel(1)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("概要"))).containsText(number);
        Locator key = page.getByTestId("authentication-key");
        assertThat(key).isVisible();
        return key.innerText().trim();
    }

    private Locator product(String heading) {
        return product(heading, contractor);
    }

    private static Locator product(String heading, Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(heading).setExact(true));
    }

    private static void assertNoSidewaysScrolling(Page page, String screen) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as(screen + " fits the window without scrolling sideways").isLessThanOrEqualTo(0);
    }

    /** GET through the gateway with the browser's own session cookie (what the SPA itself would call). */
    private JsonNode browserGet(Page page, String path) throws IOException {
        var response = page.request().get(stack.gatewayUrl() + path);
        assertThat(response.status()).as("GET " + path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private io.restassured.specification.RequestSpecification api(String token) {
        return given().baseUri(stack.gatewayUrl().toString()).auth().oauth2(token);
    }

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** The 詳細 link of one contract: its accessible name carries the contract number. */
    private static Pattern detailName(String number) {
        // 「詳細（10101-000001）」 or 「詳細 10101-000001」; digits and a hyphen need no quoting (a JS regex)
        return Pattern.compile("^詳細\\s*（?" + number + "）?$");
    }

    private static Locator.GetByRoleOptions detailLink(String number) {
        return new Locator.GetByRoleOptions().setName(detailName(number));
    }

    private static Locator.GetByRoleOptions nameIn(String name) {
        return new Locator.GetByRoleOptions().setName(name);
    }
}
