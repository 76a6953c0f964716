package jp.esurety.application.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.esurety.application.Forms;
import jp.esurety.application.ServiceTestBase;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static jp.esurety.application.Forms.C1;
import static jp.esurety.application.Forms.OMITAMA;
import static jp.esurety.application.Forms.PAPER_ONLY_TOWN;
import static jp.esurety.application.Forms.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The rules of 申込の作成 through the API: each answers with a Japanese message on the field concerned. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ApplicationRulesTest extends ServiceTestBase {

    private static Map<String, Object> electronic() {
        return Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店");
    }

    private static void refused(Map<String, Object> form, String field, String message) {
        as(C1).body(form).post("/api/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
    }

    @Test
    void rule1ElectronicOnlyForAWorkTheOrdererAllows() {
        Map<String, Object> form = electronic();
        Forms.section(form, "work").put("electronicPermitted", false);
        refused(form, "lines[0].format", "発注者が電子保証の利用を認めた工事であることを確認してください。");
    }

    @Test
    void rule1AnOrdererThatAllowsEveryWorkNeedsNoMarkOnTheWork() {
        String town = "ORD-999002";
        Map<String, Object> settings = new java.util.HashMap<>(Map.of("ordererId", town, "name", "全工事町長",
                "acceptsElectronicSuretyFrom", "2024-04-01", "allowedWorks", "ALL_WORKS", "printoutRequired", false));
        events.publish("registry-events", "registry", "OrdererUpdated", town, settings);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                as(C1).get("/api/orderers").jsonPath().getList("ordererId").contains(town));
        Map<String, Object> form = Forms.application(town, "ELECTRONIC", "〇〇銀行 小美玉支店");
        Forms.section(form, "work").put("electronicPermitted", false);
        as(C1).body(form).post("/api/applications").then().statusCode(201);
    }

    @Test
    void rule1ElectronicOnlyFromTheDateTheOrdererAccepts() {
        Map<String, Object> form = electronic();
        Forms.section(form, "work").put("contractDate", "2024-07-31");
        refused(form, "lines[0].format", "この発注者の電子保証の受付は2024-08-01からです。");
    }

    @Test
    void rule1ElectronicNeedsAnOrdererFromTheDirectoryWhilePaperTakesFreeText() {
        Map<String, Object> form = electronic();
        form.put("lines", new ArrayList<>(List.of(Forms.line(form, 0), Forms.contract("PAPER", 5_000_000))));
        Forms.section(form, "work").remove("ordererId");
        Forms.section(form, "work").put("ordererName", "どこかの村長");
        as(C1).body(form).post("/api/applications").then().statusCode(400)
                .body("errors.find { it.field == 'work.ordererId' }.message", equalTo(
                        "電子保証を申し込む場合は発注者一覧から発注者を選択してください(発注者名の自由入力は証書(紙)のみの申込に限ります)。"))
                .body("errors.find { it.field == 'lines[0].format' }.message",
                        equalTo("電子保証は発注者一覧から発注者を選択した場合のみ申し込めます。"))
                .body("errors.find { it.field == 'lines[1].format' }", nullValue());

        Forms.section(form, "work").remove("ordererName");
        Forms.line(form, 0).put("format", "PAPER");
        refused(form, "work.ordererId", "発注者を選択してください。");
    }

    @Test
    void rule1APaperOnlyWorkTakesTheOrderersNameAsFreeTextThroughApiDatabaseAndEvent() {
        Map<String, Object> form = Forms.application(OMITAMA, "PAPER", "〇〇銀行 本店");
        form.put("lines", List.of(Forms.line(form, 0), Forms.contract("PAPER", 5_000_000)));
        Forms.section(form, "work").remove("ordererId");
        Forms.section(form, "work").put("ordererName", "どこかの村長");
        String id = as(C1).body(form).post("/api/applications").then().statusCode(201)
                .body("ordererName", equalTo("どこかの村長"))
                .body("work.ordererId", nullValue())
                .body("work.ordererName", equalTo("どこかの村長"))
                .extract().path("id");
        as(C1).get("/api/applications/" + id).then()
                .body("work.ordererId", nullValue())
                .body("work.ordererName", equalTo("どこかの村長"))
                .body("lines[0].status", equalTo("SUBMITTED"));
        EventEnvelope submitted = published(id, 1).getFirst(); // valid against the schema: obligee.ordererId null
        assertThat(submitted.data().path("work").path("obligee").path("ordererId").isNull()).isTrue();
        assertThat(submitted.data().path("work").path("obligee").path("name").asText()).isEqualTo("どこかの村長");

        // also saved as a draft first and submitted later
        String draft = as(C1).body(form).post("/api/applications/drafts").then().statusCode(201)
                .body("ordererName", equalTo("どこかの村長")).extract().path("id");
        as(C1).post("/api/applications/" + draft + "/submission").then().statusCode(200)
                .body("work.ordererName", equalTo("どこかの村長"));
        assertThat(published(draft, 1).getFirst().data().path("work").path("obligee").path("name").asText())
                .isEqualTo("どこかの村長");
    }

    @Test
    void rule1PaperIsAlwaysAllowed() {
        as(C1).body(Forms.application(PAPER_ONLY_TOWN, "PAPER", "〇〇銀行 本店")).post("/api/applications")
                .then().statusCode(201);
    }

    @Test
    void rule1BidBondIsElectronicWhenTheOrdererAcceptsItToday() {
        Map<String, Object> form = bidBond("ELECTRONIC");
        String id = as(C1).body(form).post("/api/applications").then().statusCode(201)
                .body("kind", equalTo("BID_BOND"))
                .body("contractAmount", equalTo(48_000_000))
                .body("bid.announcementNumber", equalTo("小美玉市告示第45号"))
                .body("lines[0].productLabel", equalTo("契約保証予約"))
                .extract().path("id");
        EventEnvelope submitted = published(id, 1).getFirst();
        assertThat(submitted.data().path("kind").asText()).isEqualTo("BID_BOND");
        assertThat(submitted.data().path("bid").path("plannedBidAmount").asLong()).isEqualTo(48_000_000);
        assertThat(submitted.data().path("work").path("contractDate").asText()).isEqualTo("2026-12-10");

        Map<String, Object> paperTown = bidBond("ELECTRONIC");
        Forms.section(paperTown, "work").put("ordererId", PAPER_ONLY_TOWN);
        refused(paperTown, "lines[0].format", "電子保証に対応していません");
    }

    @Test
    void rule2EachLineIsItsOwnContractAndFormatsMayDiffer() {
        Map<String, Object> form = electronic();
        List<Map<String, Object>> lines = new ArrayList<>(List.of(Forms.line(form, 0), Forms.contract("PAPER", 5_000_000)));
        form.put("lines", lines);
        String id = as(C1).body(form).post("/api/applications").then().statusCode(201)
                .body("lines", hasSize(2))
                .body("lines[0].format", equalTo("ELECTRONIC"))
                .body("lines[1].format", equalTo("PAPER"))
                .extract().path("id");
        EventEnvelope submitted = published(id, 1).getFirst();
        assertThat(submitted.data().path("lines").findValuesAsText("productType")).containsExactly("ADVANCE_PAYMENT", "CONTRACT");
        assertThat(submitted.data().path("lines").findValuesAsText("format")).containsExactly("ELECTRONIC", "PAPER");

        lines.add(Forms.advance("PAPER", 1_000_000, "〇〇銀行 本店"));
        refused(form, "lines[2].productType", "前払金保証は1つの申込に1件までです。");
    }

    @Test
    void rule4AdvanceAbove40PercentIsRefused() {
        Map<String, Object> form = electronic();
        Forms.line(form, 0).put("guaranteeAmount", 20_000_001);
        refused(form, "lines[0].guaranteeAmount", "前払金保証金額は請負金額(今年度対象額がある場合は今年度対象額)の40%以内にしてください。");
    }

    @Test
    void rule4DesignSurveyAdvanceUpTo30PercentAndNoInterim() {
        Map<String, Object> form = electronic();
        Forms.section(form, "work").put("workType", "DESIGN_SURVEY");
        form.put("lines", List.of(Forms.line(form, 0), Forms.interim(1_000_000, true)));
        as(C1).body(form).post("/api/applications").then().statusCode(400)
                .body("errors.find { it.field == 'lines[0].guaranteeAmount' }.message", containsString("30%以内"))
                .body("errors.find { it.field == 'lines[1].productType' }.message",
                        equalTo("設計・調査・測量の業務には中間前払金保証を申し込めません。"));
    }

    @Test
    void rule4InterimNeedsTheCertificationAndStaysWithin20And60Percent() {
        Map<String, Object> form = electronic();
        form.put("lines", List.of(Forms.interim(10_000_001, false)));
        as(C1).body(form).post("/api/applications").then().statusCode(400)
                .body("errors.find { it.field == 'lines[0].interimCertificationNumber' }.message",
                        equalTo("中間前払金保証には発注者の認定(認定番号と認定日)が必要です。"))
                .body("errors.find { it.field == 'lines[0].guaranteeAmount' }.message", containsString("20%以内"));

        form.put("lines", List.of(Forms.interim(10_000_000, true)));
        String id = as(C1).body(form).post("/api/applications").then().statusCode(201).extract().path("id");
        EventEnvelope submitted = published(id, 1).getFirst();
        assertThat(submitted.data().path("lines").get(0).path("interimCertification").path("number").asText())
                .isEqualTo("小美玉市認定第7号");
        as(C1).get("/api/applications/" + id).then()
                .body("lines[0].interimCertificationNumber", equalTo("小美玉市認定第7号"))
                .body("lines[0].interimCertificationDate", equalTo("2027-01-20"));
    }

    @Test
    void rule4ContractGuaranteeAtLeast10PercentAnd30AfterALowBid() {
        Map<String, Object> form = electronic();
        form.put("lines", List.of(Forms.line(form, 0), Forms.contract("ELECTRONIC", 4_999_999)));
        refused(form, "lines[1].guaranteeAmount", "契約保証金額は請負金額の10%以上にしてください。");

        form.put("lines", List.of(Forms.line(form, 0), Forms.contract("ELECTRONIC", 5_000_000)));
        Forms.section(form, "work").put("lowBid", true);
        refused(form, "lines[1].guaranteeAmount", "契約保証金額は請負金額の30%以上にしてください。");
    }

    @Test
    void rule4LimitsComeFromConfigurationPerOrderer() {
        // application.properties (test profile) lowers the paper-only town's contract guarantee minimum to 5 %
        Map<String, Object> form = Forms.application(PAPER_ONLY_TOWN, "PAPER", "〇〇銀行 本店");
        form.put("lines", List.of(Forms.line(form, 0), Forms.contract("PAPER", 2_500_000)));
        as(C1).body(form).post("/api/applications").then().statusCode(201);

        Map<String, Object> omitama = electronic();
        omitama.put("lines", List.of(Forms.line(omitama, 0), Forms.contract("ELECTRONIC", 2_500_000)));
        refused(omitama, "lines[1].guaranteeAmount", "10%以上");
    }

    @Test
    void rule5ContractGuaranteeOnlyForAWorkWithAnAdvancePayment() {
        Map<String, Object> form = electronic();
        form.put("lines", List.of(Forms.contract("ELECTRONIC", 5_000_000)));
        refused(form, "lines[0].productType", "契約保証は前払金保証の特約です。");

        Forms.section(form, "work").put("advancePaymentPlanned", true);
        as(C1).body(form).post("/api/applications").then().statusCode(201);
    }

    @Test
    void rule6AmountsArePositiveIntegers() {
        Map<String, Object> form = electronic();
        Forms.line(form, 0).put("guaranteeAmount", 0);
        refused(form, "lines[0].guaranteeAmount", "保証金額は1円以上の整数で入力してください。");
        Map<String, Object> negative = electronic();
        Forms.section(negative, "work").put("contractAmount", -1);
        refused(negative, "work.contractAmount", "請負金額は1円以上の整数で入力してください。");
        Map<String, Object> decimal = electronic();
        Forms.line(decimal, 0).put("guaranteeAmount", 19_999_999.5);
        refused(decimal, "lines[0].guaranteeAmount", "整数で入力してください");
    }

    @Test
    void aValueOfTheWrongKindIsAFieldError() {
        Map<String, Object> form = electronic();
        Forms.line(form, 0).put("productType", "LOAN");
        refused(form, "lines[0].productType", "ADVANCE_PAYMENT | INTERIM_ADVANCE_PAYMENT | CONTRACT | BID_BOND");
        Map<String, Object> date = electronic();
        Forms.section(date, "work").put("periodFrom", "2026/12/01");
        refused(date, "work.periodFrom", "yyyy-MM-dd");
    }

    @Test
    void rule6PeriodFromNotAfterTo() {
        Map<String, Object> form = electronic();
        Forms.section(form, "work").put("periodTo", "2026-11-30");
        refused(form, "work.periodTo", "工期(至)は工期(自)以降の日付にしてください。");
    }

    @Test
    void rule6DepositBankFullWidthAndRequiredForAdvances() {
        refused(Forms.application(OMITAMA, "ELECTRONIC", "ｵﾐﾀﾏ銀行"), "lines[0].depositBank", "預託金融機関は全角で入力してください。");
        refused(Forms.application(OMITAMA, "ELECTRONIC", null), "lines[0].depositBank", "預託金融機関を入力してください。");
    }

    @Test
    void rule6MailAddressValidAndRequiredWhenTheNoticeIsWanted() {
        Map<String, Object> form = electronic();
        Forms.section(form, "information").put("completionMailAddress", "keiri@");
        refused(form, "information.completionMailAddress", "メールアドレスの形式が正しくありません。");
        Forms.section(form, "information").remove("completionMailAddress");
        refused(form, "information.completionMailAddress", "メールアドレスを入力してください。");
    }

    @Test
    void paperCertificatesNeedTheWayOfReceipt() {
        Map<String, Object> form = Forms.application(PAPER_ONLY_TOWN, "PAPER", "〇〇銀行 本店");
        Forms.section(form, "information").remove("certificateReceipt");
        refused(form, "information.certificateReceipt", "保証証書の受取方法(窓口・郵送)を選択してください。");
    }

    @Test
    void rule8ARetriedSubmitNeverCreatesASecondApplication() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = electronic();
        String first = as(C1).header("Idempotency-Key", key).body(form).post("/api/applications")
                .then().statusCode(201).extract().path("id");
        String retried = as(C1).header("Idempotency-Key", key).body(form).post("/api/applications")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(retried).isEqualTo(first);
        assertThat(allPublished(first, Duration.ofSeconds(5))).hasSize(1);

        String other = as(C1).header("Idempotency-Key", UUID.randomUUID().toString()).body(form)
                .post("/api/applications").then().statusCode(201).extract().path("id");
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void rule8TwoConcurrentSubmitsWithOneKeyGiveOneApplicationAndTheSameAnswer() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            String key = UUID.randomUUID().toString();
            Map<String, Object> form = electronic();
            List<ExtractableResponse<Response>> answers = concurrently(2,
                    () -> as(C1).header("Idempotency-Key", key).body(form).post("/api/applications")
                            .then().extract());
            assertThat(answers).extracting(ExtractableResponse::statusCode).containsExactlyInAnyOrder(201, 200);
            assertThat(answers).extracting(a -> a.<String>path("id")).containsOnly(answers.getFirst().<String>path("id"));
            assertThat(answers).extracting(a -> a.<String>path("lines[0].id"))
                    .containsOnly(answers.getFirst().<String>path("lines[0].id"));
            ExtractableResponse<Response> replayed = answers.stream().filter(a -> a.statusCode() == 200).findFirst()
                    .orElseThrow();
            assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
            String id = answers.getFirst().path("id");
            assertThat(allPublished(id, Duration.ofSeconds(3))).hasSize(1);
            assertThat(as(C1).get("/api/applications?size=100").jsonPath().getList("id").stream()
                    .filter(id::equals)).hasSize(1);
        }
    }

    /** Runs {@code request} from {@code n} threads released at the same moment. */
    static <T> List<T> concurrently(int n, Supplier<T> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier start = new CyclicBarrier(n);
            List<CompletableFuture<T>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return request.get();
                }, threads));
            }
            List<T> results = new ArrayList<>();
            for (CompletableFuture<T> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<String, Object> bidBond(String format) {
        Map<String, Object> work = Forms.work(OMITAMA);
        work.remove("contractAmount");
        work.remove("contractDate");
        work.put("advancePaymentPlanned", true);
        Map<String, Object> line = new HashMap<>(Map.of("productType", "BID_BOND", "format", format,
                "guaranteeAmount", 4_800_000));
        Map<String, Object> form = Forms.form(work, List.of(line), Forms.information());
        form.put("kind", "BID_BOND");
        form.put("bid", Map.of("announcementNumber", "小美玉市告示第45号", "bidDate", "2026-12-10",
                "plannedBidAmount", 48_000_000));
        return form;
    }
}
