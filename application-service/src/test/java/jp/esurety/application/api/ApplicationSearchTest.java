package jp.esurety.application.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.esurety.application.Forms;
import jp.esurety.application.ServiceTestBase;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.esurety.application.Forms.C1;
import static jp.esurety.application.Forms.OMITAMA;
import static jp.esurety.application.Forms.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** 検索: filters (保証種類, 期間, 工事名, 状態), paging with the total count, sorting; staff read their branch's. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ApplicationSearchTest extends ServiceTestBase {

    /** Three submitted works of 50, 60 and 70 million yen (the second with a 契約保証) and a draft of 50, named {@code marker}. */
    private static String applicationsNamed(String marker) {
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> form = Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店");
            Forms.section(form, "work").put("name", marker + " 第" + i + "工区");
            Forms.section(form, "work").put("contractAmount", 10_000_000L * (i + 4));
            if (i == 2) {
                form.put("lines", List.of(Forms.line(form, 0), Forms.contract("PAPER", 7_000_000)));
            }
            as(C1).body(form).post("/api/applications").then().statusCode(201);
        }
        Map<String, Object> draft = Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店");
        Forms.section(draft, "work").put("name", marker + " 下書き");
        return as(C1).body(draft).post("/api/applications/drafts").then().statusCode(201).extract().path("id");
    }

    @Test
    void filtersByWorkNameProductTypeAndStatusWithTheTotalCount() {
        String marker = "検索" + UUID.randomUUID().toString().substring(0, 8);
        String draft = applicationsNamed(marker);

        var all = as(C1).queryParam("workName", marker).get("/api/applications").then().statusCode(200)
                .header("X-Total-Count", "4").extract();
        assertThat(all.jsonPath().getList("id")).hasSize(4).first().isEqualTo(draft);

        as(C1).queryParam("workName", marker).queryParam("productType", "CONTRACT").get("/api/applications")
                .then().header("X-Total-Count", "1").body("[0].workName", equalTo(marker + " 第2工区"));
        as(C1).queryParam("workName", marker).queryParam("status", "DRAFT").get("/api/applications")
                .then().header("X-Total-Count", "1").body("[0].id", equalTo(draft));
        as(C1).queryParam("workName", marker).queryParam("status", "SUBMITTED").get("/api/applications")
                .then().header("X-Total-Count", "3");
    }

    @Test
    void filtersByPeriod() {
        String marker = "期間" + UUID.randomUUID().toString().substring(0, 8);
        applicationsNamed(marker);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        as(C1).queryParam("workName", marker).queryParam("from", today.toString()).queryParam("to", today.toString())
                .get("/api/applications").then().header("X-Total-Count", "4");
        as(C1).queryParam("workName", marker).queryParam("from", today.plusDays(1).toString())
                .get("/api/applications").then().header("X-Total-Count", "0");
        as(C1).queryParam("workName", marker).queryParam("to", today.minusDays(1).toString())
                .get("/api/applications").then().header("X-Total-Count", "0");
    }

    @Test
    void pagesAndSorts() {
        String marker = "頁" + UUID.randomUUID().toString().substring(0, 8);
        applicationsNamed(marker);
        var first = as(C1).queryParam("workName", marker).queryParam("sort", "contractAmount,desc")
                .queryParam("size", 2).queryParam("page", 0).get("/api/applications")
                .then().statusCode(200).header("X-Total-Count", "4").header("X-Total-Pages", "2").extract();
        assertThat(first.jsonPath().getList("contractAmount", Long.class)).containsExactly(70_000_000L, 60_000_000L);
        var second = as(C1).queryParam("workName", marker).queryParam("sort", "contractAmount,desc")
                .queryParam("size", 2).queryParam("page", 1).get("/api/applications").then().extract();
        assertThat(second.jsonPath().getList("contractAmount", Long.class)).containsExactly(50_000_000L, 50_000_000L);

        List<String> ascending = as(C1).queryParam("workName", marker).queryParam("sort", "workName,asc")
                .get("/api/applications").jsonPath().getList("workName");
        List<String> descending = as(C1).queryParam("workName", marker).queryParam("sort", "workName,desc")
                .get("/api/applications").jsonPath().getList("workName");
        assertThat(ascending).hasSize(4).doesNotHaveDuplicates().isEqualTo(descending.reversed());
    }

    @Test
    void badSearchParametersAreFieldErrors() {
        as(C1).queryParam("sort", "password,asc").get("/api/applications").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(C1).queryParam("productType", "LOAN").get("/api/applications").then().statusCode(400)
                .body("errors[0].message", equalTo("保証種類の指定が正しくありません。"));
        as(C1).queryParam("from", "2026/01/01").get("/api/applications").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void rule7StaffReadTheSubmittedApplicationsOfTheirBranchOnly() {
        String marker = "支店" + UUID.randomUUID().toString().substring(0, 8);
        String draft = applicationsNamed(marker);
        String submitted = as(C1).queryParam("workName", marker).queryParam("status", "SUBMITTED")
                .get("/api/applications").jsonPath().getString("[0].id");

        given().auth().oauth2(TestTokens.underwriter("10101")).queryParam("workName", marker)
                .get("/api/applications").then().statusCode(200).header("X-Total-Count", "3");
        given().auth().oauth2(TestTokens.underwriter("10101")).get("/api/applications/" + submitted)
                .then().statusCode(200).body("contractorName", equalTo("株式会社 小美玉建設"));
        given().auth().oauth2(TestTokens.underwriter("10101")).get("/api/applications/" + draft)
                .then().statusCode(404);

        given().auth().oauth2(TestTokens.underwriter("20202")).queryParam("workName", marker)
                .get("/api/applications").then().statusCode(200).header("X-Total-Count", "0");
        given().auth().oauth2(TestTokens.underwriter("20202")).get("/api/applications/" + submitted)
                .then().statusCode(404);

        // staff read; they do not apply
        given().auth().oauth2(TestTokens.underwriter("10101")).contentType("application/json")
                .body(Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .post("/api/applications").then().statusCode(403);
    }
}
