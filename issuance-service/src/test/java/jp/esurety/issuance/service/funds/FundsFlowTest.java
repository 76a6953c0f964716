package jp.esurety.issuance.service.funds;

import jp.esurety.issuance.testsupport.IssuanceTestBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.StaffAuditEntity;
import jp.esurety.issuance.testsupport.Submissions;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * 前払金 on real PostgreSQL and Kafka: the claim, plan totals and versions (使途変更), the approval limits, idempotent
 * concurrent approval, the schedule, the Zengin file and tenant isolation. Every event is validated against its schema.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class FundsFlowTest extends IssuanceTestBase {

    static final String C = TestTokens.contractor("C0001");
    static final String FUNDS = TestTokens.token("funds-10101", Set.of("funds"), Map.of("branch_code", "10101"));
    static final String UNDERWRITER = TestTokens.underwriter("10101");
    static final String PLAN = """
            {"lines": [{"category": "MATERIALS", "amount": 12000000, "note": "生コンクリート・鉄筋"},
                       {"category": "LABOUR", "amount": 6000000},
                       {"category": "UNDECIDED", "amount": 2000000}]}""";
    static final String CLAIM = """
            {"depositAccount": {"bankCode": "0131", "bankName": "常陽銀行", "bankNameKana": "ｼﾞﾖｳﾖｳ",
             "branchCode": "201", "branchName": "小美玉支店", "branchNameKana": "ｵﾐﾀﾏ", "accountType": "ORDINARY",
             "accountNumber": "1234567", "holderKana": "(ｶ)ｵﾐﾀﾏｹﾝｾﾂ", "requesterCode": "1234567890"}}""";


    @Test
    void advanceClaimIsIssuedOnceForTheGuaranteesAdvanceAmount() {
        String no = activeContract();
        given().auth().oauth2(C).contentType(ContentType.JSON).body(CLAIM)
                .post("/api/funds/contracts/{no}/advance-claim", no).then().statusCode(201)
                .body("claimAmount", equalTo(20000000)).body("ordererName", equalTo("小美玉市長"))
                .body("depositAccount.accountTypeLabel", equalTo("普通"));
        EventEnvelope event = event(no, "AdvanceClaimIssued");
        assertThat(event.data().get("claimAmount").asLong()).isEqualTo(20_000_000L);
        assertThat(event.data().at("/depositAccount/holderKana").asText()).isEqualTo("(ｶ)ｵﾐﾀﾏｹﾝｾﾂ");
        given().auth().oauth2(C).contentType(ContentType.JSON).body(CLAIM)
                .post("/api/funds/contracts/{no}/advance-claim", no).then().statusCode(409);
    }

    @Test
    void depositAccountIsValidatedWithJapaneseFieldMessages() {
        String no = activeContract();
        given().auth().oauth2(C).contentType(ContentType.JSON)
                .body(CLAIM.replace("\"1234567\"", "\"12345\"").replace("\"0131\"", "\"131\""))
                .post("/api/funds/contracts/{no}/advance-claim", no).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.message", hasItem("口座番号は半角数字7桁で入力してください。"))
                .body("errors.message", hasItem("金融機関コードは半角数字4桁で入力してください。"));
        given().auth().oauth2(C).contentType(ContentType.JSON).body(CLAIM.replace("(ｶ)ｵﾐﾀﾏｹﾝｾﾂ", "カ）オミタマケンセツ"))
                .post("/api/funds/contracts/{no}/advance-claim", no).then().statusCode(400)
                .body("errors[0].field", equalTo("depositAccount.holderKana"))
                .body("errors[0].message", equalTo("口座名義（カナ）は半角カナ・半角英数字（英字は大文字）40文字以内で入力してください（小さい「ｯ」「ｬ」や「ｰ」は使えません）。"));
    }

    @Test
    void planTotalEqualsAdvance_isEnforcedAndAReturnedPlanIsFiledAgainAsTheNextVersion() {
        String no = activeContract();
        given().auth().oauth2(C).contentType(ContentType.JSON)
                .body("{\"lines\": [{\"category\": \"MATERIALS\", \"amount\": 15000000}]}")
                .post("/api/funds/contracts/{no}/plans", no).then().statusCode(422)
                .body("type", equalTo("urn:esurety:problem:rule:plan-total-equals-advance"))
                .body("detail", equalTo("使途内訳の合計（15,000,000円）が前払金額（20,000,000円）と一致しません。"));

        given().auth().oauth2(C).contentType(ContentType.JSON).body(PLAN)
                .post("/api/funds/contracts/{no}/plans", no).then().statusCode(201)
                .body("version", equalTo(1)).body("status", equalTo("SUBMITTED")).body("total", equalTo(20000000));
        assertThat(event(no, "FundsPlanSubmitted").data().get("lines")).hasSize(3);
        given().auth().oauth2(C).contentType(ContentType.JSON).body(PLAN)
                .post("/api/funds/contracts/{no}/plans", no).then().statusCode(409);
        given().auth().oauth2(FUNDS).queryParam("status", "SUBMITTED").get("/api/funds/staff/plans")
                .then().statusCode(200).body("contractNumber", hasItem(no));

        given().auth().oauth2(FUNDS).contentType(ContentType.JSON)
                .body("{\"message\": \"材料費の内容（品目）をご記入ください。\"}")
                .post("/api/funds/staff/contracts/{no}/plans/1/return", no).then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        assertThat(event(no, "FundsPlanReturned").data().get("message").asText())
                .isEqualTo("材料費の内容（品目）をご記入ください。");

        given().auth().oauth2(C).contentType(ContentType.JSON).body(PLAN)
                .post("/api/funds/contracts/{no}/plans", no).then().statusCode(201).body("version", equalTo(2));
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{}")
                .post("/api/funds/staff/contracts/{no}/plans/2/accept", no).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        EventEnvelope accepted = event(no, "FundsPlanAccepted");
        assertThat(accepted.data().at("/balance/remaining").asLong()).isEqualTo(20_000_000L);
        given().auth().oauth2(UNDERWRITER).contentType(ContentType.JSON).body("{}")
                .post("/api/funds/staff/contracts/{no}/plans/2/accept", no).then().statusCode(409);
        given().auth().oauth2(C).get("/api/funds/contracts/{no}", no).then().statusCode(200)
                .body("plans.status", equalTo(List.of("RETURNED", "ACCEPTED")))
                .body("schedule.acceptedVersion", equalTo(2));
    }

    @Test
    void withdrawalWithinAcceptedPlan_approvalIsLimitedToWhatTheCategoryStillCovers() {
        String no = contractWithAcceptedPlan();
        // needs an accepted plan and cannot use 未定
        given().auth().oauth2(C).contentType(ContentType.JSON).body(withdrawal("UNDECIDED", 1_000_000))
                .post("/api/funds/contracts/{no}/withdrawals", no).then().statusCode(422)
                .body("type", equalTo("urn:esurety:problem:rule:withdrawal-category-decided"));
        given().auth().oauth2(C).contentType(ContentType.JSON).body(withdrawal("MATERIALS", 12_000_001))
                .post("/api/funds/contracts/{no}/withdrawals", no).then().statusCode(422)
                .body("detail", equalTo("払出額（12,000,001円）が使途「材料費」の払出可能残額（12,000,000円）を超えています。"));
        given().auth().oauth2(C).contentType(ContentType.JSON).body(withdrawal("MATERIALS", -5))
                .post("/api/funds/contracts/{no}/withdrawals", no).then().statusCode(400)
                .body("errors.message", hasItem("払出金額は1円以上で入力してください。"));

        String first = request(no, "MATERIALS", 8_000_000);
        String second = request(no, "MATERIALS", 8_000_000);
        assertThat(event(no, "WithdrawalRequested").data().at("/payee/holderKana").asText()).isEqualTo("(ｶ)ﾐﾄｼｻﾞｲ");
        given().auth().oauth2(FUNDS).post("/api/funds/staff/withdrawals/{id}/approve", first).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().auth().oauth2(FUNDS).post("/api/funds/staff/withdrawals/{id}/approve", second).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:esurety:problem:rule:withdrawal-within-accepted-plan"))
                .body("detail", equalTo("払出額（8,000,000円）が使途「材料費」の払出可能残額（4,000,000円）を超えています。"));
        given().auth().oauth2(FUNDS).contentType(ContentType.JSON).body("{\"reason\": \"使途の残額を超えています。\"}")
                .post("/api/funds/staff/withdrawals/{id}/reject", second).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        assertThat(event(no, "WithdrawalRejected").data().get("reason").asText()).isEqualTo("使途の残額を超えています。");
        given().auth().oauth2(FUNDS).post("/api/funds/staff/withdrawals/{id}/approve", second).then().statusCode(409);

        EventEnvelope approved = event(no, "WithdrawalApproved");
        assertThat(approved.data().at("/balance/withdrawn").asLong()).isEqualTo(8_000_000L);
        assertThat(approved.data().at("/balance/remaining").asLong()).isEqualTo(12_000_000L);

        given().auth().oauth2(C).get("/api/funds/contracts/{no}/schedule", no).then().statusCode(200)
                .body("planned", hasSize(3)).body("done", hasSize(1))
                .body("balance.categories.find { it.category == 'MATERIALS' }.remaining", equalTo(4000000))
                .body("balance.withdrawn", equalTo(8000000)).body("balance.remaining", equalTo(12000000));
    }

    @Test
    void planCoversApprovedWithdrawals_aUseChangeFixesUndecidedAndIsAcceptedAgain() {
        String no = contractWithAcceptedPlan();
        approve(request(no, "MATERIALS", 5_000_000));
        given().auth().oauth2(C).contentType(ContentType.JSON)
                .body("{\"lines\": [{\"category\": \"MATERIALS\", \"amount\": 4000000},"
                        + "{\"category\": \"LABOUR\", \"amount\": 16000000}]}")
                .post("/api/funds/contracts/{no}/plans", no).then().statusCode(422)
                .body("type", equalTo("urn:esurety:problem:rule:plan-covers-approved-withdrawals"));
        // 使途変更: 未定 2,000,000 becomes 仮設費
        given().auth().oauth2(C).contentType(ContentType.JSON)
                .body(PLAN.replace("UNDECIDED", "TEMPORARY_WORKS"))
                .post("/api/funds/contracts/{no}/plans", no).then().statusCode(201).body("version", equalTo(2));
        // until accepted, version 1 is in force: 仮設費 cannot be withdrawn yet
        given().auth().oauth2(C).contentType(ContentType.JSON).body(withdrawal("TEMPORARY_WORKS", 1_000_000))
                .post("/api/funds/contracts/{no}/withdrawals", no).then().statusCode(422);
        accept(no, 2);
        approve(request(no, "TEMPORARY_WORKS", 2_000_000));
        given().auth().oauth2(C).get("/api/funds/contracts/{no}", no).then().statusCode(200)
                .body("plans.status", equalTo(List.of("SUPERSEDED", "ACCEPTED")))
                .body("schedule.balance.withdrawn", equalTo(7000000))
                .body("schedule.balance.remaining", equalTo(13000000))
                .body("schedule.balance.categories.find { it.category == 'TEMPORARY_WORKS' }.remaining", equalTo(0));
    }

    @Test
    void concurrentApprovalsOfOneRequestApproveItOnce() throws Exception {
        String no = contractWithAcceptedPlan();
        String id = request(no, "LABOUR", 6_000_000);
        List<Integer> statuses = concurrently(8, () -> given().auth().oauth2(FUNDS)
                .post("/api/funds/staff/withdrawals/{id}/approve", id).then().extract().statusCode());
        assertThat(statuses).containsOnly(200);
        assertThat(audits("WITHDRAWAL_APPROVED", no)).as("approved and published once").isEqualTo(1);
        given().auth().oauth2(C).get("/api/funds/contracts/{no}/schedule", no).then()
                .body("balance.withdrawn", equalTo(6000000)).body("done", hasSize(1));
    }

    @Test
    void concurrentApprovalsOfTwoRequestsNeverExceedTheCategory() throws Exception {
        String no = contractWithAcceptedPlan();
        List<String> ids = List.of(request(no, "MATERIALS", 7_000_000), request(no, "MATERIALS", 7_000_000));
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            statuses.addAll(concurrently(6, new Callable<>() {
                int next;

                @Override
                public Integer call() {
                    String id;
                    synchronized (this) {
                        id = ids.get(next++ % 2);
                    }
                    return given().auth().oauth2(FUNDS).post("/api/funds/staff/withdrawals/{id}/approve", id)
                            .then().extract().statusCode();
                }
            }));
        }
        assertThat(statuses).containsOnly(200, 422);
        assertThat(audits("WITHDRAWAL_APPROVED", no)).isEqualTo(1);
        given().auth().oauth2(C).get("/api/funds/contracts/{no}/schedule", no).then()
                .body("balance.categories.find { it.category == 'MATERIALS' }.withdrawn", equalTo(7000000));
    }

    @Test
    void zenginFileOfTheDayCarriesTheApprovedWithdrawals() {
        String no = contractWithAcceptedPlan();
        approve(request(no, "MATERIALS", 3_000_000));
        approve(request(no, "LABOUR", 1_250_000));
        request(no, "LABOUR", 100_000); // not approved: not in the file
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

        Response response = given().auth().oauth2(FUNDS).queryParam("date", today)
                .get("/api/funds/staff/contracts/{no}/zengin", no);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain").contains("Shift_JIS");
        assertThat(response.header("Content-Disposition")).contains("zengin-" + no);
        List<String> records = records(response.asByteArray());
        assertThat(records).extracting(r -> r.substring(0, 1)).containsExactly("1", "2", "2", "8", "9");
        String header = records.get(0);
        assertThat(header.substring(0, 4)).isEqualTo("1210");
        assertThat(header.substring(4, 14)).isEqualTo("1234567890");
        assertThat(header.substring(14, 54)).isEqualTo(String.format("%-40s", "(ｶ)ｵﾐﾀﾏｹﾝｾﾂ"));
        assertThat(header.substring(54, 58)).isEqualTo(today.substring(5, 7) + today.substring(8, 10));
        assertThat(header.substring(58, 62)).isEqualTo("0131");
        assertThat(header.substring(95, 103)).isEqualTo("11234567");
        assertThat(records.get(1).substring(1, 5)).isEqualTo("0131");
        assertThat(records.get(1).substring(42, 50)).isEqualTo("27654321");
        assertThat(records.get(1).substring(50, 80)).isEqualTo(String.format("%-30s", "(ｶ)ﾐﾄｼｻﾞｲ"));
        assertThat(records.get(1).substring(80, 90)).isEqualTo("0003000000");
        assertThat(records.get(2).substring(80, 90)).isEqualTo("0001250000");
        assertThat(records.get(3).substring(1, 19)).isEqualTo("000002000004250000");

        byte[] branchFile = given().auth().oauth2(UNDERWRITER).queryParam("date", today)
                .get("/api/funds/staff/zengin").then().statusCode(200).extract().asByteArray();
        assertThat(records(branchFile)).contains(records.get(0), records.get(1), records.get(2));
        given().auth().oauth2(FUNDS).queryParam("date", "2020-01-01").get("/api/funds/staff/contracts/{no}/zengin", no)
                .then().statusCode(404);
        given().auth().oauth2(FUNDS).queryParam("date", "1日").get("/api/funds/staff/contracts/{no}/zengin", no)
                .then().statusCode(400).body("errors[0].message", equalTo("日付は YYYY-MM-DD 形式で入力してください。"));
    }

    @Test
    void anotherCompanyOrBranchGets404AndContractorsCannotDecide() {
        String no = contractWithAcceptedPlan();
        String id = request(no, "MATERIALS", 1_000_000);
        String other = TestTokens.contractor("C0002");
        given().auth().oauth2(other).get("/api/funds/contracts/{no}", no).then().statusCode(404);
        given().auth().oauth2(other).get("/api/funds/contracts/{no}/schedule", no).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(CLAIM)
                .post("/api/funds/contracts/{no}/advance-claim", no).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(PLAN)
                .post("/api/funds/contracts/{no}/plans", no).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(withdrawal("MATERIALS", 1))
                .post("/api/funds/contracts/{no}/withdrawals", no).then().statusCode(404);
        given().auth().oauth2(C).get("/api/funds/contracts/{no}", "10101-999999").then().statusCode(404);

        String otherBranch = TestTokens.token("funds-20202", Set.of("funds"), Map.of("branch_code", "20202"));
        given().auth().oauth2(otherBranch).get("/api/funds/staff/contracts/{no}", no).then().statusCode(404);
        given().auth().oauth2(otherBranch).post("/api/funds/staff/withdrawals/{id}/approve", id).then().statusCode(404);
        given().auth().oauth2(otherBranch).get("/api/funds/staff/contracts/{no}/zengin", no).then().statusCode(404);
        given().auth().oauth2(otherBranch).get("/api/funds/staff/withdrawals").then().statusCode(200)
                .body("withdrawalId", org.hamcrest.Matchers.not(hasItem(id)));

        given().auth().oauth2(C).post("/api/funds/staff/withdrawals/{id}/approve", id).then().statusCode(403);
        given().auth().oauth2(FUNDS).get("/api/funds/contracts/{no}", no).then().statusCode(403);
        given().get("/api/funds/contracts/{no}", no).then().statusCode(401);
        given().auth().oauth2(FUNDS).queryParam("status", "REQUESTED").get("/api/funds/staff/withdrawals").then()
                .statusCode(200).body("withdrawalId", hasItem(id));
    }

    // --- helpers ---

    private String activeContract() {
        Submissions.Sent sent = submissions.submit(d -> { });
        GuaranteeContractEntity contract = Submissions.awaitContract(sent.lineId());
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                GuaranteeContractEntity.<GuaranteeContractEntity>findById(contract.contractNumber).status)
                .equals("ACTIVE"));
        return contract.contractNumber;
    }

    private String contractWithAcceptedPlan() {
        String no = activeContract();
        given().auth().oauth2(C).contentType(ContentType.JSON).body(CLAIM)
                .post("/api/funds/contracts/{no}/advance-claim", no).then().statusCode(201);
        given().auth().oauth2(C).contentType(ContentType.JSON).body(PLAN)
                .post("/api/funds/contracts/{no}/plans", no).then().statusCode(201);
        accept(no, 1);
        return no;
    }

    private static void accept(String no, int version) {
        given().auth().oauth2(FUNDS).contentType(ContentType.JSON).body("{\"note\": \"確認済み\"}")
                .post("/api/funds/staff/contracts/{no}/plans/{v}/accept", no, version).then().statusCode(200);
    }

    private static String withdrawal(String category, long amount) {
        return """
                {"category": "%s", "amount": %d,
                 "payee": {"name": "株式会社 水戸資材", "bankCode": "0131", "branchCode": "001", "accountType": "CURRENT",
                           "accountNumber": "7654321", "holderKana": "(ｶ)ﾐﾄｼｻﾞｲ"}}""".formatted(category, amount);
    }

    private static String request(String no, String category, long amount) {
        return given().auth().oauth2(C).contentType(ContentType.JSON).body(withdrawal(category, amount))
                .post("/api/funds/contracts/{no}/withdrawals", no).then().statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().path("withdrawalId");
    }

    private static void approve(String id) {
        given().auth().oauth2(FUNDS).post("/api/funds/staff/withdrawals/{id}/approve", id).then().statusCode(200);
    }

    private EventEnvelope event(String no, String type) {
        List<EventEnvelope> events = submissions.events(no, type, 1);
        events.forEach(schemas::validate);
        return events.getLast();
    }

    private static long audits(String action, String target) {
        return QuarkusTransaction.requiringNew().call(() -> StaffAuditEntity.count("action = ?1 and target = ?2",
                action, target));
    }

    private static List<Integer> concurrently(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> futures = pool.invokeAll(java.util.Collections.nCopies(n, call));
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> records(byte[] file) {
        assertThat(file.length % 122).isZero();
        List<String> records = new ArrayList<>();
        for (int i = 0; i < file.length; i += 122) {
            assertThat(Arrays.copyOfRange(file, i + 120, i + 122)).containsExactly('\r', '\n');
            records.add(new String(Arrays.copyOfRange(file, i, i + 120), Charset.forName("MS932")));
        }
        return records;
    }
}
