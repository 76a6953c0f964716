package jp.esurety.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.notification.domain.DeliveryIds;
import jp.esurety.notification.domain.MessageType;
import jp.esurety.notification.persistence.MailDeliveryEntity;
import jp.esurety.notification.support.Mailboxes;
import jp.esurety.notification.support.NotificationTopicsResource;
import jp.esurety.notification.support.TestEvents;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.ReceivedMail;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.platform.testing.TopicReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three facts of a key notice arrive on three topics in the worst order (registered before issued before the
 * application); the completion mail goes out once, over real SMTP, and the PDF carries the unsealed key.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(NotificationTopicsResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "notification"))
class KeyNoticeFlowTest {

    static final String KEY = "Z28YUE4J3Bux";

    @Inject
    TestEvents events;
    @Inject
    EventCodec codec;
    @Inject
    EventSchemaValidator schemas;
    @Inject
    DeliveringMail delivering;
    @ConfigProperty(name = "esurety.notification.mail.message-id-domain")
    String messageIdDomain;

    @Test
    void completionMailAndKeyNoticeFollowWhateverOrderTheEventsCome() throws Exception {
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        String mailbox = "keiri-" + applicationId + "@omitama-kensetsu.example.jp";

        events.certificateRegistered(contractNumber, 1, "2026-11-23T01:00:05Z");
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/key-notices/" + contractNumber)
                .then().statusCode(404);
        events.certificateIssued(contractNumber, applicationId, lineId, KEY);
        events.applicationSubmitted(applicationId, lineId, true, mailbox);

        await().atMost(Duration.ofSeconds(30)).until(() -> !MailTestResource.inbox(mailbox).isEmpty());
        ReceivedMail mail = MailTestResource.inbox(mailbox).getFirst();
        assertThat(mail.subject()).isEqualTo("電子保証（認証キー）発行完了のお知らせ");
        assertThat(mail.from()).isEqualTo("noreply@esurety.example.jp");
        assertThat(mail.fromName()).isEqualTo("東日本建設業保証 電子保証サービス");
        assertThat(mail.text()).contains("株式会社 小美玉建設 御中", contractNumber, "小美玉市道1-2345号線道路改良工事",
                "前払金保証", "保証契約一覧", "電子保証（認証キー）タブ", "取扱箇所：茨城支店", "029-221-3800");
        assertThat(mail.html()).contains("株式会社 小美玉建設 御中", contractNumber, "<li>保証契約一覧</li>", "茨城支店");
        assertThat(mail.text() + mail.html()).as("the key never travels by mail").doesNotContain(KEY);

        byte[] pdf = given().auth().oauth2(TestTokens.contractor("C0001"))
                .when().get("/api/key-notices/" + contractNumber)
                .then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(contractNumber, KEY, "前払金保証",
                    "株式会社 小美玉建設", "令和8年11月23日");
        }

        EventEnvelope delivered = codec.parse(TopicReader.read("notification-events", Duration.ofSeconds(20),
                        r -> r.stream().anyMatch(x -> x.value().contains(contractNumber))).stream()
                .filter(x -> x.value().contains(contractNumber)).findFirst().orElseThrow().value());
        schemas.validate(delivered);
        assertThat(delivered.data().get("messageType").asText()).isEqualTo("COMPLETION_MAIL");
        assertThat(delivered.data().get("messageId").asText()).isEqualTo(expectedMessageId(contractNumber));
        assertThat(MailTestResource.inbox(mailbox)).as("sent once").hasSize(1);
    }

    @Test
    void oneMailPerEventUnderRedeliveryAndAfterACrashMidSend() {
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        String mailbox = "soumu-" + applicationId + "@omitama-kensetsu.example.jp";
        EventEnvelope submitted = events.applicationSubmitted(applicationId, lineId, true, mailbox);
        EventEnvelope issued = events.certificateIssued(contractNumber, applicationId, lineId, KEY);
        EventEnvelope registered = events.certificateRegistered(contractNumber, 1, "2026-11-23T01:00:05Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> !MailTestResource.inbox(mailbox).isEmpty());

        // the same records again (a producer's retry), and the same fact re-published under a new event id
        events.redeliver("application-events", submitted);
        events.redeliver("issuance-events", issued);
        events.redeliver("registry-events", registered);
        events.awaitProcessed(events.certificateRegistered(contractNumber, 1, "2026-11-23T01:00:05Z"));
        // a crash after SMTP accepted the mail but before the SENT row committed: the mail is sent again
        UUID deliveryId = DeliveryIds.of(MessageType.COMPLETION_MAIL, contractNumber, 1);
        QuarkusTransaction.requiringNew().run(() -> {
            MailDeliveryEntity delivery = MailDeliveryEntity.findById(deliveryId);
            assertThat(delivery.status).isEqualTo(MailDeliveryEntity.SENT);
            delivery.status = MailDeliveryEntity.PENDING;
        });
        delivering.sendDue();

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailboxes.messageIds(mailbox).size() == 2);
        assertThat(new HashSet<>(Mailboxes.messageIds(mailbox))).as("one distinct mail for the receiver")
                .containsExactly(expectedMessageId(contractNumber));
    }

    @Test
    void anotherContractorCannotDownloadTheNotice() {
        String contractNumber = TestEvents.newContractNumber();
        UUID applicationId = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        events.applicationSubmitted(applicationId, lineId, true, "other-" + applicationId + "@example.jp");
        events.certificateIssued(contractNumber, applicationId, lineId, KEY);
        events.certificateRegistered(contractNumber, 1, "2026-11-23T01:00:05Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.contractor("C0001"))
                .get("/api/key-notices/" + contractNumber).statusCode() == 200);

        given().auth().oauth2(TestTokens.contractor("C0002")).get("/api/key-notices/" + contractNumber)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.underwriter("10101")).get("/api/key-notices/" + contractNumber)
                .then().statusCode(403);
        given().get("/api/key-notices/" + contractNumber).then().statusCode(401);
    }

    private String expectedMessageId(String contractNumber) {
        return DeliveryIds.messageId(DeliveryIds.of(MessageType.COMPLETION_MAIL, contractNumber, 1), messageIdDomain);
    }
}
