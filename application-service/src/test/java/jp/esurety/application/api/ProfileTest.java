package jp.esurety.application.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.esurety.application.ServiceTestBase;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.esurety.application.Forms.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** お客様情報: the company as issuance registered it, and the default contact the contractor keeps here. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ProfileTest extends ServiceTestBase {

    private static Map<String, Object> contact() {
        Map<String, Object> contact = new HashMap<>();
        contact.put("department", "工事部");
        contact.put("title", "課長");
        contact.put("name", "山田 太郎");
        contact.put("phone", "0299-00-0000");
        contact.put("completionMailAddress", "yamada@example.jp");
        return contact;
    }

    @Test
    void theCompanyIsCopiedFromContractorRegisteredWithItsJointVentures() {
        String contractor = "C7001";
        as(contractor).get("/api/profile").then().statusCode(200)
                .body("contractorId", equalTo(contractor))
                .body("company", nullValue())
                .body("defaultContact", nullValue());

        events.publishExampleWith("issuance-events", "ContractorRegistered", contractor, Map.of(
                "contractorId", contractor, "name", "株式会社 柏土木", "address", "千葉県柏市柏1-1-1",
                "representative", "代表取締役 柏 次郎",
                "jointVentures", List.of(Map.of("name", "小美玉・柏特定建設工事共同企業体", "representative", true),
                        Map.of("name", "柏・我孫子経常建設共同企業体", "representative", false))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(contractor).get("/api/profile").then()
                .body("company.name", equalTo("株式会社 柏土木")));
        as(contractor).get("/api/profile").then().statusCode(200)
                .body("company.address", equalTo("千葉県柏市柏1-1-1"))
                .body("company.representative", equalTo("代表取締役 柏 次郎"))
                .body("company.jointVentures", hasSize(2))
                .body("company.jointVentures[0].name", equalTo("小美玉・柏特定建設工事共同企業体"))
                .body("company.jointVentures[0].representative", equalTo(true))
                .body("company.jointVentures[1].representative", equalTo(false))
                .body("company.updatedAt", notNullValue());
    }

    @Test
    void aLaterRegistrationReplacesTheCompanyAndAnEventWithoutJointVenturesMeansNone() {
        String contractor = "C7002";
        events.publishExampleWith("issuance-events", "ContractorRegistered", contractor, Map.of(
                "contractorId", contractor, "name", "株式会社 旧商号"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(contractor).get("/api/profile").then()
                .body("company.name", equalTo("株式会社 旧商号"))
                .body("company.jointVentures", hasSize(1)));

        Map<String, Object> older = new HashMap<>(Map.of("contractorId", contractor, "name", "株式会社 新商号",
                "bulkPaymentEligible", false));
        older.put("address", null);
        older.put("representative", null);
        events.publish("issuance-events", "issuance", "ContractorRegistered", contractor, older);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(contractor).get("/api/profile").then()
                .body("company.name", equalTo("株式会社 新商号"))
                .body("company.address", nullValue())
                .body("company.jointVentures", hasSize(0)));
    }

    @Test
    void theDefaultContactIsSavedShownAndDeleted() {
        String contractor = "C7003";
        as(contractor).body(contact()).put("/api/profile/default-contact").then().statusCode(200)
                .body("contractorId", equalTo(contractor))
                .body("defaultContact.department", equalTo("工事部"))
                .body("defaultContact.title", equalTo("課長"))
                .body("defaultContact.name", equalTo("山田 太郎"))
                .body("defaultContact.phone", equalTo("0299-00-0000"))
                .body("defaultContact.completionMailAddress", equalTo("yamada@example.jp"))
                .body("defaultContact.updatedAt", notNullValue());

        Map<String, Object> changed = contact();
        changed.put("department", "  ");
        changed.put("completionMailAddress", null);
        changed.put("phone", "090-1234-5678");
        as(contractor).body(changed).put("/api/profile/default-contact").then().statusCode(200);
        as(contractor).get("/api/profile").then()
                .body("defaultContact.department", nullValue())
                .body("defaultContact.phone", equalTo("090-1234-5678"))
                .body("defaultContact.completionMailAddress", nullValue());

        as(contractor).delete("/api/profile/default-contact").then().statusCode(204);
        as(contractor).get("/api/profile").then().body("defaultContact", nullValue());
    }

    @Test
    void defaultContactMistakesAreExplainedInJapanesePerField() {
        Map<String, Object> wrong = contact();
        wrong.put("name", " ");
        wrong.put("phone", "0299-00-000a");
        wrong.put("completionMailAddress", "yamada.example.jp");
        wrong.put("department", "部".repeat(101));
        as("C7004").body(wrong).put("/api/profile/default-contact").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("completionMailAddress", "department", "name", "phone")))
                .body("errors.message", equalTo(List.of(
                        "完了メールの宛先はメールアドレスの形式で入力してください。",
                        "担当部署は100文字以内で入力してください。",
                        "担当者名を入力してください。",
                        "電話番号は半角数字とハイフンで10〜13文字で入力してください(例: 0299-00-0000)。")));

        Map<String, Object> missing = contact();
        missing.remove("phone");
        as("C7004").body(missing).put("/api/profile/default-contact").then().statusCode(400)
                .body("errors.field", equalTo(List.of("phone")))
                .body("errors.message", equalTo(List.of("電話番号を入力してください。")));
        Map<String, Object> tooShort = contact();
        tooShort.put("phone", "029-0000");
        as("C7004").body(tooShort).put("/api/profile/default-contact").then().statusCode(400)
                .body("errors.field", equalTo(List.of("phone")));
    }

    @Test
    void rule7EachContractorSeesOnlyItsOwnProfileAndStaffHaveNone() {
        as("C7005").body(contact()).put("/api/profile/default-contact").then().statusCode(200);
        as("C7006").get("/api/profile").then().statusCode(200)
                .body("contractorId", equalTo("C7006"))
                .body("defaultContact", nullValue());
        given().auth().oauth2(TestTokens.underwriter("10101")).get("/api/profile").then().statusCode(403);
        given().get("/api/profile").then().statusCode(401);
    }
}
