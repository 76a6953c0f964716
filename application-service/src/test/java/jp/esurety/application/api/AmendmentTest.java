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
import static jp.esurety.application.Forms.C2;
import static jp.esurety.application.Forms.OMITAMA;
import static jp.esurety.application.Forms.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** 変更申込: a change of the contractor's own issued guarantee contract, in the contract's format. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class AmendmentTest extends ServiceTestBase {

    /** An electronic 前払金保証 of 20,000,000 yen, issued by the surety under a fresh contract number. */
    private String issuedContract() {
        var submitted = as(C1).body(Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .post("/api/applications").then().statusCode(201).extract();
        String id = submitted.path("id");
        String lineId = submitted.path("lines[0].id");
        String contractNumber = Forms.newContractNumber();
        events.publishExampleWith("issuance-events", "ApplicationApproved", id,
                Map.of("applicationId", id, "lineId", lineId, "contractNumber", contractNumber));
        events.publish("issuance-events", "issuance", "CertificateIssued", contractNumber,
                ApplicationResourceTest.certificateIssued(contractNumber, id, lineId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(C1).get("/api/applications/" + id)
                .then().body("lines[0].status", equalTo("ISSUED")));
        return contractNumber;
    }

    private static Map<String, Object> increase(String contractNumber) {
        Map<String, Object> change = new HashMap<>();
        change.put("contractNumber", contractNumber.replace("-", ""));
        change.put("changeType", "INCREASE");
        change.put("newGuaranteeAmount", 24_000_000);
        change.put("newContractAmount", 60_000_000);
        change.put("reason", "設計変更による増額");
        change.put("completionMailWanted", true);
        change.put("completionMailAddress", "keiri@omitama-kensetsu.example.jp");
        return change;
    }

    @Test
    void anIncreaseOfAnIssuedContractIsRequestedAndAnnounced() {
        String contractNumber = issuedContract();
        var created = as(C1).body(increase(contractNumber)).post("/api/applications/amendments")
                .then().statusCode(201)
                .body("kind", equalTo("AMENDMENT"))
                .body("amendment.contractNumber", equalTo(contractNumber))
                .body("amendment.changeType", equalTo("INCREASE"))
                .body("lines[0].format", equalTo("ELECTRONIC"))
                .body("lines[0].guaranteeAmount", equalTo(24_000_000))
                .body("lines[0].ratio", equalTo("40.0%"))
                .body("lines[0].status", equalTo("SUBMITTED"))
                .extract();
        String amendmentId = created.path("id");

        EventEnvelope requested = published(contractNumber, 1).getFirst();
        assertThat(requested.type()).isEqualTo("jp.esurety.application.AmendmentRequested.v1");
        assertThat(requested.data().path("applicationId").asText()).isEqualTo(amendmentId);
        assertThat(requested.data().path("newGuaranteeAmount").asLong()).isEqualTo(24_000_000);
        assertThat(requested.data().path("format").asText()).isEqualTo("ELECTRONIC");
        assertThat(requested.data().path("lineId").asText()).isEqualTo(amendmentId);

        // issuance underwrites the change as one case whose line is the amendment application itself
        events.publishExampleWith("issuance-events", "ApplicationUnderReview", amendmentId,
                Map.of("applicationId", amendmentId, "lineId", amendmentId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(C1).get("/api/applications/" + amendmentId)
                .then().body("lines[0].status", equalTo("UNDER_REVIEW")));

        // the changed certificate comes back from issuance
        events.publishExampleWith("issuance-events", "CertificateAmended", contractNumber,
                Map.of("contractNumber", contractNumber, "amendmentApplicationId", amendmentId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(C1).get("/api/applications/" + amendmentId)
                .then().body("lines[0].status", equalTo("ISSUED")));
    }

    @Test
    void rule3AChangeOfAnElectronicContractIsElectronic() {
        String contractNumber = issuedContract();
        Map<String, Object> toPaper = increase(contractNumber);
        toPaper.put("format", "PAPER");
        as(C1).body(toPaper).post("/api/applications/amendments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:esurety:problem:rule:amendment-keeps-format"))
                .body("errors.find { it.field == 'format' }.message", equalTo("電子保証の保証契約の変更は電子保証で申し込んでください。"));
    }

    @Test
    void rule7OnlyTheContractorsOwnContractCanBeChanged() {
        String contractNumber = issuedContract();
        as(C2).body(increase(contractNumber)).post("/api/applications/amendments")
                .then().statusCode(422)
                .body("errors.find { it.field == 'contractNumber' }.message", equalTo("お客様の発行済みの保証契約の保証契約番号を入力してください。"));
    }

    @Test
    void anIncreaseMustRaiseTheAmount() {
        String contractNumber = issuedContract();
        Map<String, Object> notAnIncrease = increase(contractNumber);
        notAnIncrease.put("newGuaranteeAmount", 20_000_000);
        as(C1).body(notAnIncrease).post("/api/applications/amendments")
                .then().statusCode(400)
                .body("errors.find { it.field == 'newGuaranteeAmount' }.message",
                        equalTo("増額の場合は現在の保証金額(20000000円)より大きい金額を入力してください。"));
    }

    @Test
    void rule4AnIncreaseStaysWithinTheRatioOfTheContractAmount() {
        String contractNumber = issuedContract();
        Map<String, Object> tooMuch = increase(contractNumber);
        tooMuch.put("newGuaranteeAmount", 24_000_001);
        as(C1).body(tooMuch).post("/api/applications/amendments")
                .then().statusCode(400)
                .body("errors.find { it.field == 'newGuaranteeAmount' }.message",
                        equalTo("前払金保証金額は請負金額(今年度対象額がある場合は今年度対象額)の40%以内にしてください。"));
    }

    @Test
    void aReturnedAmendmentIsFixedAndRequestedAgainWithTheSameIds() {
        String contractNumber = issuedContract();
        String amendmentId = as(C1).body(increase(contractNumber)).post("/api/applications/amendments")
                .then().statusCode(201).extract().path("id");
        assertThat(published(contractNumber, 1)).hasSize(1);
        events.publishExampleWith("issuance-events", "ApplicationReturned", amendmentId,
                Map.of("applicationId", amendmentId, "lineId", amendmentId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(C1).get("/api/applications/" + amendmentId)
                .then().body("lines[0].status", equalTo("RETURNED")).body("editable", equalTo(true)));

        // not sent again until fixed and submitted; the form of a new application does not fit a change
        as(C1).body(Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .put("/api/applications/" + amendmentId).then().statusCode(409);
        Map<String, Object> otherContract = increase(issuedContract());
        as(C1).body(otherContract).put("/api/applications/" + amendmentId + "/amendment")
                .then().statusCode(422).body("errors[0].field", equalTo("contractNumber"));
        Map<String, Object> tooMuch = increase(contractNumber);
        tooMuch.put("newGuaranteeAmount", 24_000_001);
        as(C1).body(tooMuch).put("/api/applications/" + amendmentId + "/amendment").then().statusCode(400);

        Map<String, Object> fixed = increase(contractNumber);
        fixed.put("newGuaranteeAmount", 22_000_000);
        fixed.put("reason", "設計変更による増額(金額を訂正)");
        as(C1).body(fixed).put("/api/applications/" + amendmentId + "/amendment").then().statusCode(200)
                .body("amendment.newGuaranteeAmount", equalTo(22_000_000))
                .body("lines[0].guaranteeAmount", equalTo(22_000_000))
                .body("lines[0].status", equalTo("RETURNED"));
        as(C1).post("/api/applications/" + amendmentId + "/submission").then().statusCode(200)
                .body("id", equalTo(amendmentId))
                .body("lines[0].status", equalTo("SUBMITTED"))
                .body("editable", equalTo(false));

        List<EventEnvelope> requested = published(contractNumber, 2);
        assertThat(requested).hasSize(2);
        EventEnvelope again = requested.getLast();
        assertThat(again.type()).isEqualTo("jp.esurety.application.AmendmentRequested.v1");
        assertThat(again.data().path("applicationId").asText()).isEqualTo(amendmentId);
        assertThat(again.data().path("lineId").asText()).isEqualTo(amendmentId);
        assertThat(again.data().path("newGuaranteeAmount").asLong()).isEqualTo(22_000_000);
        assertThat(again.data().path("reason").asText()).isEqualTo("設計変更による増額(金額を訂正)");

        // once sent it is no longer editable
        as(C1).body(fixed).put("/api/applications/" + amendmentId + "/amendment").then().statusCode(409);
        as(C1).post("/api/applications/" + amendmentId + "/submission").then().statusCode(409);
    }
}
