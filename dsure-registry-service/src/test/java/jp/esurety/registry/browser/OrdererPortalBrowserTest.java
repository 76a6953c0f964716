package jp.esurety.registry.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import static jp.esurety.registry.IssuanceEvents.KEY;
import static jp.esurety.registry.IssuanceEvents.OMITAMA;
import static jp.esurety.registry.IssuanceEvents.ordererToken;
import static jp.esurety.registry.IssuanceEvents.randomIp;
import static jp.esurety.registry.IssuanceEvents.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An orderer in real Chromium: looks a certificate up, opens it, sees 和暦 dates, prints it. Screenshots and the
 * printed PDF are kept in {@code target/browser-artifacts/}. The token goes in as an Authorization header through
 * the DevTools protocol (the Keycloak login page itself is covered by the system tests). Needs /usr/bin/chromium and
 * /usr/bin/chromedriver; without them the test is skipped unless {@code -Desurety.browser-tests=required} or {@code CI=true}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class OrdererPortalBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path ARTIFACTS = Path.of("target/browser-artifacts");

    @TestHTTPResource("/portal")
    URL portal;
    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip
        boolean required = "required".equals(System.getProperty("esurety.browser-tests"))
                || "true".equals(System.getenv("CI"));
        if (!present && required) {
            throw new IllegalStateException("Chromium is required: apt-get install -y chromium chromium-driver");
        }
        assumeTrue(present, "Chromium not installed (apt-get install -y chromium chromium-driver)");
        Files.createDirectories(ARTIFACTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1800", "--lang=ja-JP");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void ordererLooksUpACertificateSeesJapaneseEraDatesAndPrintsIt() throws Exception {
        String number = IssuanceEvents.nextContractNumber();
        new IssuanceEvents(producer, codec, mapper).issued(number, OMITAMA);
        await().atMost(Duration.ofSeconds(90)).until(() -> IssuanceEvents.lookup(
                ordererToken(uniqueUser("probe"), OMITAMA, null), randomIp(), number, KEY).statusCode() == 200);

        String user = uniqueUser("omitama-keiyaku");
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
                Map.of("Authorization", "Bearer " + ordererToken(user, OMITAMA, null))));

        browser.get(portal.toString());
        assertThat(browser.getTitle()).contains("電子保証の確認");
        browser.findElement(By.id("contractNumber")).sendKeys(number.replace("-", ""));
        browser.findElement(By.id("authenticationKey")).sendKeys(KEY);
        screenshot("01-lookup-form.png");
        browser.findElement(By.cssSelector("form.lookup-form button[type=submit]")).click();

        assertThat(browser.findElement(By.cssSelector("table.summary")).getText())
                .contains("保証契約番号").contains("保証契約内容").contains("保証金額").contains("保証期間")
                .contains("保証会社").contains(number).contains("20,000,000 円");
        screenshot("02-lookup-result.png");
        browser.findElement(By.cssSelector("table.summary a")).click();

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("保証証書（前払金保証）").contains("令和8年11月20日")
                .contains("令和8年12月1日 ～ 令和9年3月19日").contains("令和9年3月31日").contains("50,000,000 円");
        screenshot("03-certificate.png");

        // print: the print style sheet hides navigation and actions; Chromium's print output is kept as a PDF
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".history")).isDisplayed()).isFalse();
        screenshot("04-certificate-print-view.png");
        Map<String, Object> printed = browser.executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", true, "preferCSSPageSize", true));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        Files.write(ARTIFACTS.resolve("05-certificate-printed.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(number);
        }
    }

    @Test
    void adminsWorkTheirPagesWithoutJavaScript() throws Exception {
        browser.executeCdpCommand("Network.enable", Map.of());
        // the key notice's QR code opens the form with the number filled in (never the key)
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                "Bearer " + ordererToken(uniqueUser("omitama-qr"), OMITAMA, null))));
        browser.get(portal + "?contractNumber=10101-000001");
        assertThat(browser.findElement(By.id("contractNumber")).getAttribute("value")).isEqualTo("10101-000001");
        assertThat(browser.findElement(By.id("authenticationKey")).getAttribute("value")).isEmpty();

        // an orderer's admin adds a user with the plain HTML form (synchronizer token included)
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                "Bearer " + TestTokens.token(uniqueUser("omitama-admin"), Set.of("orderer_admin"),
                        Map.of("orderer_id", OMITAMA)))));
        browser.get(portal + "/organisation");
        String clerk = uniqueUser("omitama-clerk");
        browser.findElement(By.id("username")).sendKeys(clerk);
        browser.findElement(By.id("displayName")).sendKeys("小美玉 花子");
        browser.findElement(By.cssSelector("form[action='/portal/organisation/users'] button[type=submit]")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("利用者を追加しました。").contains(clerk);
        screenshot("06-organisation.png");

        // registry staff: the orderer directory and the audit log search
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                "Bearer " + TestTokens.token("dsure-staff", Set.of("registry_admin"), Map.of()))));
        browser.get(portal + "/admin/orderers");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("小美玉市長").contains("令和6年8月1日");
        screenshot("07-admin-orderers.png");
        browser.get(portal + "/admin/audit");
        browser.findElement(By.id("ordererId")).sendKeys(OMITAMA);
        browser.findElement(By.cssSelector("form.search-form button[type=submit]")).click();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .containsAnyOf("検索結果", "該当する記録はありません。");
        screenshot("08-admin-audit.png");
    }

    private void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), ARTIFACTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
