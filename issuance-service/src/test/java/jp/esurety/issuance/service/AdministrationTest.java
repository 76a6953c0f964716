package jp.esurety.issuance.service;

import jp.esurety.issuance.testsupport.IssuanceTestBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
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
import jp.esurety.issuance.domain.AutoApprovalRule;
import jp.esurety.issuance.persistence.StaffAuditEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** surety_admin: master data published as events, and automatic rules that take effect at once (all audited). */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class AdministrationTest extends IssuanceTestBase {


    static final String ADMIN = TestTokens.token("admin1", Set.of("surety_admin"), Map.of());

    @Test
    void contractorRegisteredByTheAdminIsPublished() {
        String id = "C" + (10000 + (int) (Math.random() * 89999));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"水戸舗装 株式会社\", \"address\": \"茨城県水戸市1-1\", \"representative\": \"代表取締役 水戸 三郎\", "
                        + "\"bulkPaymentEligible\": true}")
                .put("/api/admin/contractors/{id}", id).then().statusCode(200);

        EventEnvelope event = submissions.events(id, "ContractorRegistered", 1).getFirst();
        schemas.validate(event);
        assertThat(event.data().get("bulkPaymentEligible").asBoolean()).isTrue();
        given().auth().oauth2(ADMIN).get("/api/admin/contractors").then().statusCode(200)
                .body("contractorId", hasItem(id));
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                StaffAuditEntity.count("action = ?1 and target = ?2", "CONTRACTOR_SET", id))).isEqualTo(1);
    }

    @Test
    void contractorsJointVentureMembershipsAreRegisteredPublishedAndShownOnTheContractView() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"株式会社 小美玉建設\", \"address\": \"茨城県小美玉市堅倉835\", "
                        + "\"representative\": \"代表取締役 小美玉 一郎\", \"bulkPaymentEligible\": true, "
                        + "\"jointVentures\": [{\"name\": \"小美玉・水戸特定建設工事共同企業体\", \"representative\": true}, "
                        + "{\"name\": \"茨城県央道路改良共同企業体\", \"representative\": false}]}")
                .put("/api/admin/contractors/{id}", "C0001").then().statusCode(200)
                .body("jointVentures.size()", equalTo(2));

        EventEnvelope event = submissions.events("C0001", "ContractorRegistered", 1).getLast();
        schemas.validate(event);
        assertThat(event.data().get("jointVentures").findValuesAsText("name"))
                .containsExactly("小美玉・水戸特定建設工事共同企業体", "茨城県央道路改良共同企業体");
        assertThat(event.data().at("/jointVentures/0/representative").asBoolean()).isTrue();
        given().auth().oauth2(ADMIN).get("/api/admin/contractors").then().statusCode(200)
                .body("find { it.contractorId == 'C0001' }.jointVentures.name",
                        hasItem("茨城県央道路改良共同企業体"));

        String no = Submissions.awaitContract(submissions.submit(d -> Submissions.work(d).putObject("jointVenture")
                .put("name", "小美玉・水戸特定建設工事共同企業体").put("representative", true)).lineId()).contractNumber;
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/{no}", no).then().statusCode(200)
                .body("jointVentureName", equalTo("小美玉・水戸特定建設工事共同企業体"))
                .body("contractorJointVentures.name", hasItem("小美玉・水戸特定建設工事共同企業体"))
                .body("contractorJointVentures.find { it.name == '小美玉・水戸特定建設工事共同企業体' }.representative",
                        equalTo(true));
    }

    @Test
    void jointVentureMembershipNeedsANameAndAppearsOnce() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"水戸舗装 株式会社\", \"jointVentures\": [{\"name\": \" \", \"representative\": false}]}")
                .put("/api/admin/contractors/{id}", "C0099").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"水戸舗装 株式会社\", \"jointVentures\": [{\"name\": \"水戸JV\", \"representative\": false}, "
                        + "{\"name\": \"水戸JV\", \"representative\": true}]}")
                .put("/api/admin/contractors/{id}", "C0099").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void branchSetByTheAdminIsPublished() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"栃木支店\", \"companyName\": \"東日本建設業保証株式会社\", \"address\": \"栃木県宇都宮市1-1\", "
                        + "\"tel\": \"028-000-0000\", \"fax\": \"028-000-0001\"}")
                .put("/api/admin/branches/30303").then().statusCode(200);
        EventEnvelope event = submissions.events("30303", "SuretyBranchUpdated", 1).getLast();
        assertThat(event.data().get("name").asText()).isEqualTo("栃木支店");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"name\": \"x\", \"companyName\": \"y\"}")
                .put("/api/admin/branches/303").then().statusCode(400);
    }

    @Test
    void automaticRuleSetByTheAdminDecidesTheNextLine() {
        String branch = "4" + String.format("%04d", (int) (Math.random() * 10_000));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"群馬支店\", \"companyName\": \"東日本建設業保証株式会社\"}")
                .put("/api/admin/branches/{code}", branch).then().statusCode(200);
        Submissions.Sent before = submissions.submit(d -> d.put("branchCode", branch));
        assertThat(Submissions.awaitCase(before.lineId()).reasons).contains(AutoApprovalRule.NO_RULE);

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"enabled\": true, \"maxGuaranteeAmount\": 30000000, \"knownContractorRequired\": true, "
                        + "\"electronicPermissionRequired\": true}")
                .put("/api/admin/auto-approval-rules/{code}/ADVANCE_PAYMENT", branch).then().statusCode(200)
                .body("maxGuaranteeAmount", equalTo(30000000));
        Submissions.Sent after = submissions.submit(d -> d.put("branchCode", branch));
        UnderwritingCaseEntity approved = Submissions.awaitCase(after.lineId());
        assertThat(approved.status).isEqualTo("APPROVED");
        assertThat(Submissions.awaitContract(after.lineId()).contractNumber).startsWith(branch + "-");

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"enabled\": false, \"maxGuaranteeAmount\": 30000000, \"knownContractorRequired\": true, "
                        + "\"electronicPermissionRequired\": true}")
                .put("/api/admin/auto-approval-rules/{code}/ADVANCE_PAYMENT", branch).then().statusCode(200);
        Submissions.Sent disabled = submissions.submit(d -> d.put("branchCode", branch));
        assertThat(Submissions.awaitCase(disabled.lineId()).reasons).contains(AutoApprovalRule.DISABLED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> StaffAuditEntity.count(
                "action = ?1 and target = ?2", "AUTO_APPROVAL_RULE_SET", branch + "/ADVANCE_PAYMENT"))).isEqualTo(2);
    }

    @Test
    void onlySuretyAdminsMaintainRulesAndMasterData() {
        given().auth().oauth2(TestTokens.underwriter("10101")).get("/api/admin/auto-approval-rules").then().statusCode(403);
        given().auth().oauth2(TestTokens.contractor("C0001")).contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .put("/api/admin/contractors/C0001").then().statusCode(403);
        given().auth().oauth2(ADMIN).get("/api/admin/auto-approval-rules").then().statusCode(200)
                .body("branchCode", hasItem("10101"));
    }
}
