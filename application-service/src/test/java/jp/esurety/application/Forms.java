package jp.esurety.application;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jp.esurety.platform.testing.TestTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Application forms as the Net Desk screen sends them, and the reference data they need. */
public final class Forms {

    public static final String OMITAMA = "ORD-082368";
    public static final String PAPER_ONLY_TOWN = "ORD-999001";
    public static final String C1 = "C0001";
    public static final String C2 = "C0002";

    private Forms() {
    }

    /** The documented examples are the contract: 小美玉市長, contractor C0001, branch 10101 茨城支店; plus a paper-only town. */
    public static void referenceDataHasArrived(TestEvents events) {
        events.publishExample("registry-events", "OrdererEnrolled");
        events.publishExample("issuance-events", "ContractorRegistered");
        events.publishExample("issuance-events", "SuretyBranchUpdated");
        Map<String, Object> paperOnly = new HashMap<>(Map.of("ordererId", PAPER_ONLY_TOWN, "name", "紙町長",
                "printoutRequired", false));
        paperOnly.put("acceptsElectronicSuretyFrom", null);
        events.publish("registry-events", "registry", "OrdererEnrolled", PAPER_ONLY_TOWN, paperOnly);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                as(C1).get("/api/branches").jsonPath().getList("branchCode").contains("10101")
                        && as(C1).get("/api/orderers").jsonPath().getList("ordererId").containsAll(List.of(OMITAMA, PAPER_ONLY_TOWN)));
    }

    /** A contract number no other test uses. */
    public static String newContractNumber() {
        return "10101-" + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
    }

    public static RequestSpecification as(String contractorId) {
        return given().auth().oauth2(TestTokens.contractor(contractorId)).contentType(ContentType.JSON);
    }

    /** An electronic 前払金保証 of 20,000,000 yen for a 50,000,000 yen civil work of 小美玉市長. */
    public static Map<String, Object> application(String ordererId, String format, String depositBank) {
        return form(work(ordererId), new ArrayList<>(List.of(advance(format, 20_000_000, depositBank))), information());
    }

    public static Map<String, Object> form(Map<String, Object> work, List<Map<String, Object>> lines,
                                           Map<String, Object> information) {
        Map<String, Object> form = new HashMap<>();
        form.put("work", work);
        form.put("lines", lines);
        form.put("information", information);
        return form;
    }

    public static Map<String, Object> work(String ordererId) {
        Map<String, Object> work = new HashMap<>();
        work.put("name", "小美玉市道1-2345号線道路改良工事");
        work.put("ordererWorkNumber", "令和8年度 第123号");
        work.put("ordererId", ordererId);
        work.put("location", "茨城県小美玉市堅倉");
        work.put("workType", "CIVIL_BUILDING");
        work.put("contractAmount", 50_000_000);
        work.put("periodFrom", "2026-12-01");
        work.put("periodTo", "2027-03-19");
        work.put("contractDate", "2026-11-20");
        work.put("electronicPermitted", true);
        return work;
    }

    public static Map<String, Object> advance(String format, long amount, String depositBank) {
        Map<String, Object> line = new HashMap<>();
        line.put("productType", "ADVANCE_PAYMENT");
        line.put("format", format);
        line.put("guaranteeAmount", amount);
        line.put("depositBank", depositBank);
        line.put("redeposit", false);
        line.put("premiumPaymentMethod", "BULK");
        line.put("premiumPayer", "株式会社 小美玉建設");
        line.put("paperStatementWanted", false);
        return line;
    }

    public static Map<String, Object> interim(long amount, boolean certified) {
        Map<String, Object> line = advance("ELECTRONIC", amount, "〇〇銀行 小美玉支店");
        line.put("productType", "INTERIM_ADVANCE_PAYMENT");
        if (certified) {
            line.put("interimCertificationNumber", "小美玉市認定第7号");
            line.put("interimCertificationDate", "2027-01-20");
        }
        return line;
    }

    public static Map<String, Object> contract(String format, long amount) {
        Map<String, Object> line = new HashMap<>();
        line.put("productType", "CONTRACT");
        line.put("format", format);
        line.put("guaranteeAmount", amount);
        line.put("premiumPaymentMethod", "BULK");
        line.put("premiumPayer", "株式会社 小美玉建設");
        line.put("paperStatementWanted", true);
        return line;
    }

    public static Map<String, Object> information() {
        Map<String, Object> information = new HashMap<>();
        information.put("branchCode", "10101");
        information.put("certificateReceipt", "WINDOW");
        information.put("completionMailWanted", true);
        information.put("completionMailAddress", "keiri@omitama-kensetsu.example.jp");
        information.put("contactDepartment", "工務部");
        information.put("contactName", "小美玉 太郎");
        information.put("contactPhone", "0299-00-0000");
        return information;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> line(Map<String, Object> form, int index) {
        return ((List<Map<String, Object>>) form.get("lines")).get(index);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> section(Map<String, Object> form, String name) {
        return (Map<String, Object>) form.get(name);
    }
}
