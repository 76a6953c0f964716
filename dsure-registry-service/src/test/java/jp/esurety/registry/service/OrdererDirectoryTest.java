package jp.esurety.registry.service;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.platform.testing.TopicReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The orderer directory and each orderer's submission settings, announced as OrdererEnrolled / OrdererUpdated. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class OrdererDirectoryTest {

    @Inject
    EventCodec codec;

    static String ordererAdmin(String ordererId) {
        return TestTokens.token("admin-" + ordererId, Set.of("orderer_admin"), Map.of("orderer_id", ordererId));
    }

    @Test
    void ordererAdminSetsSubmissionSettingsAndTheyAreAnnounced() {
        given().auth().oauth2(ordererAdmin("ORD-122173")).contentType(ContentType.JSON)
                .body(Map.of("submissionAddress", "keiyaku@city.kashiwa.example.jp",
                        "subjectTemplate", "【請求関係書類】{工事番号} {工事名}", "printoutRequired", true))
                .when().put("/api/v1/orderers/ORD-122173/submission-settings").then().statusCode(200)
                .body("printoutRequired", equalTo(true));
        List<EventEnvelope> events = TopicReader.read("registry-events", Duration.ofSeconds(90), r -> r.stream()
                        .anyMatch(x -> "ORD-122173".equals(x.key()) && x.value().contains("OrdererUpdated")))
                .stream().filter(x -> "ORD-122173".equals(x.key())).map(x -> codec.parse(x.value()))
                .filter(e -> e.type().endsWith("OrdererUpdated.v1")).toList();
        EventEnvelope updated = events.getLast();
        assertThat(updated.data().get("submissionAddress").asText()).isEqualTo("keiyaku@city.kashiwa.example.jp");
        assertThat(updated.data().get("subjectTemplate").asText()).isEqualTo("【請求関係書類】{工事番号} {工事名}");
        assertThat(updated.data().get("printoutRequired").asBoolean()).isTrue();
    }

    @Test
    void ordererAdminCannotChangeAnotherOrderer() {
        given().auth().oauth2(ordererAdmin("ORD-082368")).contentType(ContentType.JSON)
                .body(Map.of("submissionAddress", "x@example.jp", "printoutRequired", false))
                .when().put("/api/v1/orderers/ORD-122173/submission-settings").then().statusCode(404);
        given().auth().oauth2(TestTokens.orderer("ORD-122173")).contentType(ContentType.JSON)
                .body(Map.of("printoutRequired", false))
                .when().put("/api/v1/orderers/ORD-122173/submission-settings").then().statusCode(403);
    }

    @Test
    void aSubjectTemplateWithUnknownPlaceholdersIsRefused() {
        given().auth().oauth2(ordererAdmin("ORD-082368")).contentType(ContentType.JSON)
                .body(Map.of("subjectTemplate", "{契約者名}", "printoutRequired", false))
                .when().put("/api/v1/orderers/ORD-082368/submission-settings").then().statusCode(400)
                .body("errors[0].field", equalTo("subjectTemplate"));
    }

    @Test
    void registryStaffEnrollAnOrdererIntoThePublicDirectory() {
        String id = "ORD-" + String.format("%06d", (int) (Math.random() * 900_000) + 100_000);
        Map<String, Object> body = new HashMap<>(Map.of("ordererId", id, "name", "水戸市",
                "acceptsElectronicSuretyFrom", "2026-04-01", "allowedWorksRule", "すべての工事"));
        String admin = TestTokens.token("dsure-admin", Set.of("registry_admin"), Map.of());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).when().post("/api/v1/admin/orderers")
                .then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).when().post("/api/v1/admin/orderers")
                .then().statusCode(409);
        given().when().get("/api/v1/orderers").then().statusCode(200)
                .body("name", hasItem("水戸市")).body("name", hasItem("小美玉市長"));
        assertThat(TopicReader.readKey("registry-events", id, 1, Duration.ofSeconds(90))).isNotEmpty();
        given().auth().oauth2(TestTokens.orderer("ORD-082368")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/admin/orderers").then().statusCode(403);
    }

    @Test
    void structuredAllowedWorksRuleIsPublishedInOrdererEnrolledAndOrdererUpdated() {
        String id = "ORD-" + String.format("%06d", (int) (Math.random() * 900_000) + 100_000);
        String admin = TestTokens.token("dsure-admin", Set.of("registry_admin"), Map.of());
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("ordererId", id, "name", "土浦市", "acceptsElectronicSuretyFrom", "2026-04-01",
                        "allowedWorks", "ALL_WORKS"))
                .when().post("/api/v1/admin/orderers").then().statusCode(200)
                .body("allowedWorks", equalTo("ALL_WORKS"))
                .body("allowedWorksRule", equalTo("すべての工事・業務委託"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("ordererId", id, "name", "土浦市", "acceptsElectronicSuretyFrom", "2026-10-01",
                        "allowedWorks", "MARKED_WORKS_ONLY", "allowedWorksRule", "土浦市が電子保証の対象とした工事"))
                .when().put("/api/v1/admin/orderers/" + id).then().statusCode(200);
        List<EventEnvelope> events = TopicReader.readKey("registry-events", id, 2, Duration.ofSeconds(90)).stream()
                .map(x -> codec.parse(x.value())).toList();
        assertThat(events).extracting(EventEnvelope::type).containsExactly(
                "jp.esurety.registry.OrdererEnrolled.v1", "jp.esurety.registry.OrdererUpdated.v1");
        assertThat(events.get(0).data().get("allowedWorks").asText()).isEqualTo("ALL_WORKS");
        assertThat(events.get(0).data().get("acceptsElectronicSuretyFrom").asText()).isEqualTo("2026-04-01");
        // the wording stays under its old name, so application-service (which reads allowedWorksRule) keeps working
        assertThat(events.get(0).data().get("allowedWorksRule").asText()).isEqualTo("すべての工事・業務委託");
        assertThat(events.get(1).data().get("allowedWorks").asText()).isEqualTo("MARKED_WORKS_ONLY");
        assertThat(events.get(1).data().get("allowedWorksRule").asText()).isEqualTo("土浦市が電子保証の対象とした工事");
        assertThat(events.get(1).data().get("acceptsElectronicSuretyFrom").asText()).isEqualTo("2026-10-01");
        given().when().get("/api/v1/orderers").then().statusCode(200)
                .body("find { it.ordererId == '" + id + "' }.allowedWorks", equalTo("MARKED_WORKS_ONLY"));
    }

    @Test
    void anUnknownAllowedWorksRuleIsRefusedWithAJapaneseFieldMessage() {
        String admin = TestTokens.token("dsure-admin", Set.of("registry_admin"), Map.of());
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("ordererId", "ORD-082368", "name", "小美玉市長", "allowedWorks", "true"))
                .when().put("/api/v1/admin/orderers/ORD-082368").then().statusCode(400)
                .body("errors[0].field", equalTo("allowedWorks"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("電子保証を利用できる工事の範囲"));
    }

    @Test
    void demoOrderersAcceptOnlyWorksTheyMarkAsEligible() {
        given().when().get("/api/v1/orderers").then().statusCode(200)
                .body("find { it.ordererId == 'ORD-082368' }.allowedWorks", equalTo("MARKED_WORKS_ONLY"))
                .body("find { it.ordererId == 'ORD-082368' }.acceptsElectronicSuretyFrom", equalTo("2024-08-01"));
    }
}
