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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static jp.esurety.application.Forms.C1;
import static jp.esurety.application.Forms.C2;
import static jp.esurety.application.Forms.OMITAMA;
import static jp.esurety.application.Forms.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** 申込作成 > 申込確認 > 送信完了 with drafts: create, save, resume, clear, delete, submit. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class DraftsTest extends ServiceTestBase {

    @Test
    void anIncompleteDraftIsSavedAndResumedWithTheRatioOfEachAmount() {
        Map<String, Object> work = new HashMap<>(Map.of("name", "下書きの工事", "ordererId", OMITAMA,
                "contractAmount", 50_000_000, "electronicPermitted", false));
        Map<String, Object> advance = new HashMap<>(Map.of("productType", "ADVANCE_PAYMENT", "guaranteeAmount", 20_000_000));
        Map<String, Object> contract = new HashMap<>(Map.of("productType", "CONTRACT", "guaranteeAmount", 5_000_000));
        String id = as(C1).body(Forms.form(work, List.of(advance, contract), null))
                .post("/api/applications/drafts")
                .then().statusCode(201)
                .body("draft", equalTo(true))
                .body("ordererName", equalTo("小美玉市長"))
                .body("lines.status", hasItems("DRAFT"))
                .body("lines[0].statusLabel", equalTo("作成中"))
                .body("lines[0].ratio", equalTo("40.0%"))
                .body("lines[0].ratioBase", equalTo("請負金額"))
                .body("lines[1].ratio", equalTo("10.0%"))
                .extract().path("id");

        as(C1).get("/api/applications/" + id).then().statusCode(200)
                .body("work.name", equalTo("下書きの工事"))
                .body("lines[1].productLabel", equalTo("契約保証"))
                .body("information.branchCode", nullValue());
    }

    @Test
    void ratioOfTheAdvanceIsToTheCurrentYearAmountWhenGiven() {
        Map<String, Object> form = Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店");
        Forms.line(form, 0).put("currentYearAmount", 30_000_000);
        Forms.line(form, 0).put("guaranteeAmount", 12_000_000);
        as(C1).body(form).post("/api/applications/drafts").then().statusCode(201)
                .body("lines[0].ratio", equalTo("40.0%"))
                .body("lines[0].ratioBase", equalTo("今年度対象額"));
    }

    @Test
    void aDraftIsSavedAgainClearedBySectionAndSubmitted() {
        Map<String, Object> form = Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店");
        Map<String, Object> withoutInformation = new HashMap<>(form);
        withoutInformation.put("information", null);
        String id = as(C1).body(withoutInformation).post("/api/applications/drafts")
                .then().statusCode(201).extract().path("id");
        String lineId = as(C1).get("/api/applications/" + id).then().extract().path("lines[0].id");

        // 申込確認 refuses what is missing, with the field's message
        as(C1).post("/api/applications/" + id + "/submission")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'information.branchCode' }.message", equalTo("申込送信先を選択してください。"));

        Forms.line(form, 0).put("guaranteeAmount", 15_000_000);
        as(C1).body(form).put("/api/applications/" + id).then().statusCode(200)
                .body("lines[0].id", equalTo(lineId))
                .body("lines[0].ratio", equalTo("30.0%"))
                .body("information.certificateReceipt", equalTo("WINDOW"));

        as(C1).post("/api/applications/" + id + "/submission").then().statusCode(200)
                .body("draft", equalTo(false))
                .body("lines[0].status", equalTo("SUBMITTED"));

        List<EventEnvelope> published = published(id, 1);
        assertThat(published).hasSize(1);
        EventEnvelope event = published.getFirst();
        assertThat(event.type()).isEqualTo("jp.esurety.application.ApplicationSubmitted.v1");
        assertThat(event.data().path("lines").get(0).path("lineId").asText()).isEqualTo(lineId);
        assertThat(event.data().path("lines").get(0).path("guaranteeAmount").asLong()).isEqualTo(15_000_000);
        assertThat(event.data().path("certificateReceipt").asText()).isEqualTo("WINDOW");

        // a submitted application is neither saved over nor deleted nor submitted twice
        as(C1).body(form).put("/api/applications/" + id).then().statusCode(409);
        as(C1).delete("/api/applications/" + id).then().statusCode(409);
        as(C1).post("/api/applications/" + id + "/submission").then().statusCode(409);
    }

    @Test
    void everyFieldRoundTripsThroughTheApiAndTheDatabase() {
        Map<String, Object> work = new HashMap<>(Forms.work(OMITAMA));
        work.put("ordererName", "小美玉市長");
        work.put("currentYearAmount", 40_000_000);
        work.put("jointVentureName", "小美玉・柏特定建設工事共同企業体");
        work.put("jointVentureRepresentative", true);
        work.put("lowBid", false);
        work.put("advancePaymentPlanned", true);
        Map<String, Object> advance = new HashMap<>(Forms.advance("ELECTRONIC", 16_000_000, "〇〇銀行　小美玉支店"));
        advance.put("currentYearAmount", 40_000_000);
        advance.put("redeposit", true);
        advance.put("interimCertificationNumber", null);
        advance.put("interimCertificationDate", null);
        Map<String, Object> interim = new HashMap<>(Forms.interim(8_000_000, true));
        interim.put("currentYearAmount", null);
        interim.put("depositBank", "〇〇銀行　小美玉支店");
        Map<String, Object> contract = new HashMap<>(Forms.contract("PAPER", 5_000_000));
        for (String absent : List.of("currentYearAmount", "depositBank", "redeposit", "interimCertificationNumber",
                "interimCertificationDate")) {
            contract.put(absent, null);
        }
        Map<String, Object> information = new HashMap<>(Forms.information());
        information.put("contactTitle", "課長");
        information.put("messageToSurety", "よろしくお願いします。");
        Map<String, Object> bid = Map.of("announcementNumber", "小美玉市告示第45号", "bidDate", "2026-12-10",
                "plannedBidAmount", 48_000_000);
        Map<String, Object> form = Forms.form(work, List.of(advance, interim, contract), information);
        form.put("bid", bid);

        String id = as(C1).body(form).post("/api/applications/drafts").then().statusCode(201).extract().path("id");
        var saved = as(C1).get("/api/applications/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(saved.getMap("work")).isEqualTo(work);
        assertThat(saved.getMap("bid")).isEqualTo(bid);
        assertThat(saved.getMap("information")).isEqualTo(information);
        List<Map<String, Object>> lines = saved.getList("lines");
        List<Map<String, Object>> sent = List.of(advance, interim, contract);
        sent.forEach(line -> line.replaceAll((field, value) -> value instanceof Long l ? Math.toIntExact(l) : value));
        for (int i = 0; i < sent.size(); i++) {
            assertThat(lines.get(i)).containsAllEntriesOf(sent.get(i));
        }
        assertThat(lines.get(0)).containsEntry("ratio", "40.0%").containsEntry("ratioBase", "今年度対象額");
    }

    @Test
    void clearingASectionEmptiesIt() {
        Map<String, Object> form = Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店");
        String id = as(C1).body(form).post("/api/applications/drafts").then().statusCode(201).extract().path("id");
        Map<String, Object> cleared = new HashMap<>(form);
        cleared.put("lines", null); // 保証の申込内容をクリア
        as(C1).body(cleared).put("/api/applications/" + id).then().statusCode(200)
                .body("lines", hasSize(0))
                .body("work.name", equalTo("小美玉市道1-2345号線道路改良工事"));
    }

    @Test
    void rule8ARetriedSubmissionOfADraftAnswersWithTheFirst() {
        String id = as(C1).body(Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .post("/api/applications/drafts").then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        as(C1).header("Idempotency-Key", key).post("/api/applications/" + id + "/submission").then().statusCode(200)
                .body("lines[0].status", equalTo("SUBMITTED"));
        as(C1).header("Idempotency-Key", key).post("/api/applications/" + id + "/submission").then().statusCode(200)
                .body("id", equalTo(id));
        assertThat(allPublished(id, Duration.ofSeconds(5))).hasSize(1);
        as(C1).header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/applications/" + id + "/submission")
                .then().statusCode(409);
    }

    @Test
    void rule8TwoConcurrentSubmissionsOfADraftWithOneKeySendItOnce() throws Exception {
        String id = as(C1).body(Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .post("/api/applications/drafts").then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        List<ExtractableResponse<Response>> answers = ApplicationRulesTest.concurrently(2,
                () -> as(C1).header("Idempotency-Key", key).post("/api/applications/" + id + "/submission")
                        .then().extract());
        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(200);
        assertThat(answers).extracting(a -> a.<String>path("id")).containsOnly(id);
        assertThat(answers).extracting(a -> a.<String>path("submittedAt"))
                .containsOnly(answers.getFirst().<String>path("submittedAt"));
        assertThat(answers).extracting(a -> a.header("Idempotent-Replayed")).containsExactlyInAnyOrder(null, "true");
        assertThat(allPublished(id, Duration.ofSeconds(3))).hasSize(1);

        // the same key on another application is not a retry of this one
        String other = as(C1).body(Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .post("/api/applications/drafts").then().statusCode(201).extract().path("id");
        as(C1).header("Idempotency-Key", key).post("/api/applications/" + other + "/submission")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aDraftIsDeleted() {
        String id = as(C1).body(Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .post("/api/applications/drafts").then().statusCode(201).extract().path("id");
        as(C1).delete("/api/applications/" + id).then().statusCode(204);
        as(C1).get("/api/applications/" + id).then().statusCode(404);
    }

    @Test
    void aDraftStillChecksTheShapeOfWhatItHolds() {
        Map<String, Object> form = Forms.application(OMITAMA, "ELECTRONIC", "Bank of Omitama");
        as(C1).body(form).post("/api/applications/drafts").then().statusCode(400)
                .body("errors.find { it.field == 'lines[0].depositBank' }.message", equalTo("預託金融機関は全角で入力してください。"));
    }

    @Test
    void rule7AnotherContractorGets404OnEveryEndpoint() {
        Map<String, Object> form = Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店");
        String draft = as(C1).body(form).post("/api/applications/drafts").then().statusCode(201).extract().path("id");
        String submitted = as(C1).body(form).post("/api/applications").then().statusCode(201).extract().path("id");
        for (String id : List.of(draft, submitted)) {
            as(C2).get("/api/applications/" + id).then().statusCode(404).contentType("application/problem+json");
            as(C2).body(form).put("/api/applications/" + id).then().statusCode(404);
            as(C2).delete("/api/applications/" + id).then().statusCode(404);
            as(C2).post("/api/applications/" + id + "/submission").then().statusCode(404);
            as(C2).body(Map.of()).post("/api/applications/" + id + "/withdrawal").then().statusCode(404);
            as(C2).body(Map.of("contractNumber", "10101-000001", "changeType", "INCREASE",
                    "newGuaranteeAmount", 24_000_000)).put("/api/applications/" + id + "/amendment").then().statusCode(404);
        }
        assertThat(as(C2).get("/api/applications?size=100").jsonPath().getList("id")).doesNotContain(draft, submitted);
        // and the owner still has both, untouched
        as(C1).get("/api/applications/" + draft).then().statusCode(200).body("draft", equalTo(true));
        as(C1).get("/api/applications/" + submitted).then().statusCode(200).body("lines[0].status", equalTo("SUBMITTED"));
    }
}
