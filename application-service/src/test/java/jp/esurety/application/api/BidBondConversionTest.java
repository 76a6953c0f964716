package jp.esurety.application.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.esurety.application.Forms;
import jp.esurety.application.ServiceTestBase;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static jp.esurety.application.Forms.C1;
import static jp.esurety.application.Forms.OMITAMA;
import static jp.esurety.application.Forms.PAPER_ONLY_TOWN;
import static jp.esurety.application.Forms.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * 契約保証予約からの切替: once the tender is won, the contract guarantee names the contractor's approved bid bond
 * (契約保証予約) of the same orderer; the number travels in {@code ApplicationSubmitted} and issuance decides.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class BidBondConversionTest extends ServiceTestBase {

    /** A 契約保証予約 of 小美玉市長 the surety approved under a fresh contract number. */
    private String approvedBidBond() {
        Map<String, Object> work = Forms.work(OMITAMA);
        work.remove("contractAmount");
        work.remove("contractDate");
        work.put("advancePaymentPlanned", true);
        Map<String, Object> line = new HashMap<>(Map.of("productType", "BID_BOND", "format", "ELECTRONIC",
                "guaranteeAmount", 4_800_000));
        Map<String, Object> form = Forms.form(work, List.of(line), Forms.information());
        form.put("kind", "BID_BOND");
        form.put("bid", Map.of("announcementNumber", "小美玉市告示第45号", "bidDate", "2026-12-10",
                "plannedBidAmount", 48_000_000));
        var submitted = as(C1).body(form).post("/api/applications").then().statusCode(201).extract();
        String id = submitted.path("id");
        String contractNumber = Forms.newContractNumber();
        events.publishExampleWith("issuance-events", "ApplicationApproved", id,
                Map.of("applicationId", id, "lineId", submitted.path("lines[0].id"), "contractNumber", contractNumber));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(C1).get("/api/applications/" + id)
                .then().body("lines[0].status", equalTo("APPROVED")));
        return contractNumber;
    }

    /** The won work: an electronic 前払金保証 and a 契約保証 converted from {@code bidBond}. */
    private static Map<String, Object> contractFrom(String ordererId, String bidBond) {
        Map<String, Object> form = Forms.application(ordererId, "ELECTRONIC", "〇〇銀行 小美玉支店");
        Map<String, Object> contract = Forms.contract("ELECTRONIC", 5_000_000);
        contract.put("bidBondContractNumber", bidBond);
        form.put("lines", List.of(Forms.line(form, 0), contract));
        return form;
    }

    private static void refused(Map<String, Object> form, String field, String message) {
        as(C1).body(form).post("/api/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
    }

    @Test
    void bidBondConversionNamesTheContractorsApprovedBidBondAndTravelsInTheEvent() {
        String bidBond = approvedBidBond();
        // typed without the hyphen, kept as the 保証契約番号
        String id = as(C1).body(contractFrom(OMITAMA, bidBond.replace("-", ""))).post("/api/applications")
                .then().statusCode(201)
                .body("lines[1].bidBondContractNumber", equalTo(bidBond))
                .extract().path("id");
        as(C1).get("/api/applications/" + id).then().body("lines[1].bidBondContractNumber", equalTo(bidBond));

        EventEnvelope submitted = published(id, 1).getFirst();
        assertThat(submitted.data().path("lines").get(1).path("bidBondContractNumber").asText()).isEqualTo(bidBond);
        assertThat(submitted.data().path("lines").get(0).path("bidBondContractNumber").isNull()).isTrue();

        // one bid bond becomes one contract guarantee
        refused(contractFrom(OMITAMA, bidBond), "lines[1].bidBondContractNumber",
                "この契約保証予約はすでに別の申込で契約保証への切替を申し込んでいます。");
    }

    @Test
    void bidBondConversionOnlyFromTheContractorsOwnApprovedBidBondOfTheSameOrderer() {
        refused(contractFrom(OMITAMA, "10101-999999x"), "lines[1].bidBondContractNumber",
                "契約保証予約の保証契約番号は「10101-000001」の形式で入力してください。");
        refused(contractFrom(OMITAMA, Forms.newContractNumber()), "lines[1].bidBondContractNumber",
                "お客様の承認済みの契約保証予約の保証契約番号を入力してください。");

        String bidBond = approvedBidBond();
        Map<String, Object> otherOrderer = contractFrom(PAPER_ONLY_TOWN, bidBond);
        Forms.line(otherOrderer, 0).put("format", "PAPER");
        Forms.line(otherOrderer, 1).put("format", "PAPER");
        refused(otherOrderer, "lines[1].bidBondContractNumber",
                "契約保証予約と発注者が異なります。同じ入札の契約保証予約を指定してください。");
    }

    @Test
    void bidBondConversionOnlyOnAContractGuaranteeLine() {
        String bidBond = approvedBidBond();
        Map<String, Object> form = Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店");
        Forms.line(form, 0).put("bidBondContractNumber", bidBond);
        refused(form, "lines[0].bidBondContractNumber", "契約保証予約からの切替は契約保証の申込でのみ指定できます。");
    }
}
