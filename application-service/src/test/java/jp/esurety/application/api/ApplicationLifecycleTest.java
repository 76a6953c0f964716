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
import java.util.List;
import java.util.Map;

import static jp.esurety.application.Forms.C1;
import static jp.esurety.application.Forms.OMITAMA;
import static jp.esurety.application.Forms.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * After submission: 審査中, 差戻し (fixed and resubmitted), 否決, 取下げ, and the completion mail's time — fed from the
 * documented examples of issuance's and notification's events.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ApplicationLifecycleTest extends ServiceTestBase {

    private record Submitted(String id, String lineId) {
    }

    private static Submitted submit() {
        var response = as(C1).body(Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .post("/api/applications").then().statusCode(201).extract();
        return new Submitted(response.path("id"), response.path("lines[0].id"));
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(C1).get("/api/applications/" + id)
                .then().body("lines[0].status", equalTo(status)));
    }

    @Test
    void withdrawnBeforeADecisionAndAnnounced() {
        Submitted s = submit();
        events.publishExampleWith("issuance-events", "ApplicationUnderReview", s.id(),
                Map.of("applicationId", s.id(), "lineId", s.lineId()));
        awaitStatus(s.id(), "UNDER_REVIEW");

        as(C1).body(Map.of("reason", "発注者との契約が延期になったため"))
                .post("/api/applications/" + s.id() + "/withdrawal")
                .then().statusCode(200)
                .body("lines[0].status", equalTo("WITHDRAWN"))
                .body("lines[0].statusLabel", equalTo("取下げ"))
                .body("withdrawnAt", notNullValue())
                .body("withdrawalReason", equalTo("発注者との契約が延期になったため"));

        EventEnvelope withdrawn = published(s.id(), 2).getLast();
        assertThat(withdrawn.type()).isEqualTo("jp.esurety.application.ApplicationWithdrawn.v1");
        assertThat(withdrawn.data().path("lineIds").get(0).asText()).isEqualTo(s.lineId());

        // a late approval does not bring it back
        events.publishExampleWith("issuance-events", "ApplicationApproved", s.id(),
                Map.of("applicationId", s.id(), "lineId", s.lineId()));
        as(C1).body(Map.of()).post("/api/applications/" + s.id() + "/withdrawal").then().statusCode(409);
    }

    @Test
    void noWithdrawalAfterTheSuretyDecided() {
        Submitted s = submit();
        events.publishExampleWith("issuance-events", "ApplicationApproved", s.id(),
                Map.of("applicationId", s.id(), "lineId", s.lineId(), "contractNumber", Forms.newContractNumber()));
        awaitStatus(s.id(), "APPROVED");
        as(C1).body(Map.of()).post("/api/applications/" + s.id() + "/withdrawal")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("保証会社の審査結果が出た申込は取下げできません。"));
    }

    @Test
    void returnedApplicationShowsTheSuretysMessageAndIsFixedAndResubmitted() {
        Submitted s = submit();
        events.publishExampleWith("issuance-events", "ApplicationReturned", s.id(),
                Map.of("applicationId", s.id(), "lineId", s.lineId()));
        awaitStatus(s.id(), "RETURNED");
        as(C1).get("/api/applications/" + s.id()).then()
                .body("editable", equalTo(true))
                .body("lines[0].statusLabel", equalTo("差戻し"))
                .body("messagesFromSurety[0].message", equalTo("工期の終了日をご確認のうえ、再申込をお願いします。"));

        Map<String, Object> fixed = Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店");
        Forms.section(fixed, "work").put("periodTo", "2027-03-31");
        as(C1).body(fixed).put("/api/applications/" + s.id()).then().statusCode(200)
                .body("work.periodTo", equalTo("2027-03-31"))
                .body("lines[0].id", equalTo(s.lineId()));
        as(C1).post("/api/applications/" + s.id() + "/submission").then().statusCode(200)
                .body("lines[0].status", equalTo("SUBMITTED"));

        List<EventEnvelope> published = published(s.id(), 2);
        assertThat(published).hasSize(2);
        EventEnvelope resubmitted = published.getLast();
        assertThat(resubmitted.data().path("resubmission").asBoolean()).isTrue();
        assertThat(resubmitted.data().path("work").path("periodTo").asText()).isEqualTo("2027-03-31");
        assertThat(resubmitted.data().path("lines").get(0).path("lineId").asText()).isEqualTo(s.lineId());
    }

    @Test
    void aReturnedApplicationIsWithdrawnInsteadOfResubmittedAndAnnounced() {
        Submitted s = submit();
        events.publishExampleWith("issuance-events", "ApplicationReturned", s.id(),
                Map.of("applicationId", s.id(), "lineId", s.lineId()));
        awaitStatus(s.id(), "RETURNED");
        as(C1).body(Map.of("reason", "発注者との契約が延期になったため"))
                .post("/api/applications/" + s.id() + "/withdrawal")
                .then().statusCode(200).body("lines[0].status", equalTo("WITHDRAWN")).body("editable", equalTo(false));
        EventEnvelope withdrawn = published(s.id(), 2).getLast();
        assertThat(withdrawn.type()).isEqualTo("jp.esurety.application.ApplicationWithdrawn.v1");
        assertThat(withdrawn.data().path("reason").asText()).isEqualTo("発注者との契約が延期になったため");
        as(C1).post("/api/applications/" + s.id() + "/submission").then().statusCode(409);
    }

    @Test
    void rejectedLineShowsTheReason() {
        Submitted s = submit();
        events.publishExampleWith("issuance-events", "ApplicationRejected", s.id(),
                Map.of("applicationId", s.id(), "lineId", s.lineId()));
        awaitStatus(s.id(), "REJECTED");
        as(C1).get("/api/applications/" + s.id()).then()
                .body("lines[0].statusLabel", equalTo("否決"))
                .body("editable", equalTo(false))
                .body("messagesFromSurety[0].message", equalTo("保証限度額を超えるため、お引き受けできません。"));
    }

    @Test
    void completionMailTimeIsShownOnTheLine() {
        Submitted s = submit();
        events.publishExampleWith("notification-events", "MailDelivered", s.lineId(),
                Map.of("applicationId", s.id(), "lineId", s.lineId()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(C1).get("/api/applications/" + s.id())
                .then().body("lines[0].completionMailSentAt", equalTo("2026-11-23T01:02:05Z")));
    }

    @Test
    void aDraftCannotBeWithdrawnOnlyDeleted() {
        String id = as(C1).body(Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .post("/api/applications/drafts").then().statusCode(201).extract().path("id");
        as(C1).body(Map.of()).post("/api/applications/" + id + "/withdrawal").then().statusCode(409);
        as(C1).get("/api/applications/" + id).then().body("draft", equalTo(true));
    }
}
