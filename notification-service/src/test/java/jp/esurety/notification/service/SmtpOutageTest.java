package jp.esurety.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jp.esurety.notification.domain.DeliveryIds;
import jp.esurety.notification.domain.MessageType;
import jp.esurety.notification.persistence.MailDeliveryEntity;
import jp.esurety.notification.support.SmtpRelay;
import jp.esurety.notification.support.Mailboxes;
import jp.esurety.notification.support.SmtpOutageProfile;
import jp.esurety.notification.support.TestEvents;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.platform.testing.TopicReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * SMTP fails (the real server behind a relay that is cut off): a delivery is retried with back-off and goes out once
 * SMTP is back; if it never comes back in time the delivery is dead, announced, counted and listed for ops.
 */
@QuarkusTest
@TestProfile(SmtpOutageProfile.class)
class SmtpOutageTest {

    @Inject
    TestEvents events;
    @Inject
    EventCodec codec;
    @Inject
    EventSchemaValidator schemas;

    @Test
    void aMailIsRetriedWithBackOffAndSentWhenSmtpIsBack() {
        SmtpRelay.smtpUp(false);
        Rejection rejection = rejectApplicationThatWantsMail();

        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(rejection.deliveryId()) != null
                && delivery(rejection.deliveryId()).attempts >= 2);
        MailDeliveryEntity failing = delivery(rejection.deliveryId());
        assertThat(failing.status).isEqualTo(MailDeliveryEntity.PENDING);
        assertThat(failing.lastError).isNotBlank();
        assertThat(failing.nextAttemptAt).as("backed off").isAfter(failing.createdAt.plusMillis(900));
        assertThat(MailTestResource.inbox(rejection.mailbox())).isEmpty();

        SmtpRelay.smtpUp(true);
        await().atMost(Duration.ofSeconds(20)).until(() -> !MailTestResource.inbox(rejection.mailbox()).isEmpty());
        assertThat(MailTestResource.inbox(rejection.mailbox()).getFirst().subject())
                .isEqualTo("保証申込についてのお知らせ（お引き受けできません）");
        assertThat(delivery(rejection.deliveryId()).status).isEqualTo(MailDeliveryEntity.SENT);
        assertThat(Mailboxes.messageIds(rejection.mailbox())).hasSize(1);
    }

    @Test
    void aDeliveryIsDeadAfterItsLastAttemptAnnouncedCountedAndListedForOps() {
        SmtpRelay.smtpUp(false);
        Rejection rejection = rejectApplicationThatWantsMail();

        await().atMost(Duration.ofSeconds(30)).until(() -> delivery(rejection.deliveryId()) != null
                && MailDeliveryEntity.DEAD.equals(delivery(rejection.deliveryId()).status));
        assertThat(delivery(rejection.deliveryId()).attempts).isEqualTo(4);

        String id = rejection.deliveryId().toString();
        EventEnvelope failed = codec.parse(TopicReader.read("notification-events", Duration.ofSeconds(20),
                        r -> r.stream().anyMatch(x -> x.value().contains("MailFailed") && x.value().contains(id)))
                .stream().filter(x -> x.value().contains("MailFailed") && x.value().contains(id))
                .findFirst().orElseThrow().value());
        schemas.validate(failed);
        assertThat(failed.data().get("attempts").asInt()).isEqualTo(4);
        assertThat(failed.data().get("messageType").asText()).isEqualTo("APPLICATION_REJECTED");

        String ops = TestTokens.token("ops1", Set.of("ops"), Map.of());
        given().auth().oauth2(ops).get("/api/ops/mail-deliveries/dead")
                .then().statusCode(200).body("deliveryId", hasItem(id));
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/ops/mail-deliveries/dead")
                .then().statusCode(403);
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("esurety_mail_failed_total\\{[^}]*type=\"APPLICATION_REJECTED\"[^}]*} [1-9]")
                .contains("esurety_mail_dead");

        // the cause is fixed: ops send it again, with the same Message-ID
        SmtpRelay.smtpUp(true);
        given().auth().oauth2(ops).post("/api/ops/mail-deliveries/" + id + "/retry").then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> !MailTestResource.inbox(rejection.mailbox()).isEmpty());
        assertThat(Mailboxes.messageIds(rejection.mailbox())).hasSize(1).allMatch(m -> m.contains(id));
        given().auth().oauth2(ops).post("/api/ops/mail-deliveries/" + id + "/retry").then().statusCode(404);
    }

    private record Rejection(UUID deliveryId, String mailbox) {
    }

    private Rejection rejectApplicationThatWantsMail() {
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        String mailbox = "outage-" + applicationId + "@omitama-kensetsu.example.jp";
        events.awaitProcessed(events.applicationSubmitted(applicationId, lineId, true, mailbox));
        var data = events.example("ApplicationRejected");
        data.put("applicationId", applicationId.toString()).put("lineId", lineId.toString())
                .put("caseId", caseId.toString());
        events.awaitProcessed(events.publish("issuance-events", "issuance", "ApplicationRejected",
                applicationId.toString(), data));
        return new Rejection(DeliveryIds.of(MessageType.APPLICATION_REJECTED, caseId, lineId), mailbox);
    }

    private static MailDeliveryEntity delivery(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> MailDeliveryEntity.findById(id));
    }
}
