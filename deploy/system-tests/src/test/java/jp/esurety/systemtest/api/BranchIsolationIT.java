package jp.esurety.systemtest.api;

import io.restassured.http.ContentType;
import jp.esurety.systemtest.SampleApplications;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Staff see and act on their own branch only (claim {@code branch_code}): underwriter2 of branch 10201 against a real
 * case and a real contract of branch 10101, with well-formed requests (the authorisation matrix sends bodies of the
 * wrong shape, which cannot tell "refused" from "invalid"), and afterwards nothing has changed.
 */
class BranchIsolationIT {

    @Test
    void anUnderwriterOfAnotherBranchNeitherSeesNorDecidesTheCase() {
        String work = "他支店分離 試験工事 " + UUID.randomUUID().toString().substring(0, 8);
        // a 契約保証 above the 10101 rule's ¥50,000,000: a case for a person of branch 10101
        String applicationId = Fixtures.gateway(Principal.CONTRACTOR1).contentType(ContentType.JSON)
                .body(SampleApplications.contractGuarantee(work, "令和8年度 第902号", 600_000_000L, 60_000_000L))
                .post("/api/applications").then().statusCode(201).extract().path("id");
        String caseId = await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.gateway(Principal.UNDERWRITER1)
                .queryParam("workName", work).get("/api/underwriting/cases")
                .then().statusCode(200).extract().<List<String>>path("items.caseId"), ids -> ids.size() == 1).getFirst();

        Fixtures.gateway(Principal.UNDERWRITER2).queryParam("status", "ALL").queryParam("size", 100)
                .get("/api/underwriting/cases").then().statusCode(200).body("items.caseId", not(hasItem(caseId)));
        Fixtures.gateway(Principal.UNDERWRITER2).get("/api/underwriting/cases/" + caseId)
                .then().statusCode(anyOf(is(403), is(404)));
        Fixtures.gateway(Principal.UNDERWRITER2).get("/api/applications/" + applicationId)
                .then().statusCode(anyOf(is(403), is(404)));
        Map<String, Map<String, Object>> decisions = Map.of(
                "approve", Map.of("note", "他支店から承認"),
                "reject", Map.of("reason", "他支店から否決"),
                "return", Map.of("message", "他支店から差戻し"));
        Map<String, Integer> answers = new java.util.TreeMap<>();
        decisions.forEach((decision, body) -> answers.put(decision, Fixtures.gateway(Principal.UNDERWRITER2)
                .contentType(ContentType.JSON).body(body).post("/api/underwriting/cases/" + caseId + "/" + decision)
                .statusCode()));
        assertThat(answers).as("underwriter2 deciding a case of branch 10101").allSatisfy(
                (decision, status) -> assertThat(status).as(decision).isIn(403, 404));

        // the case is untouched: still waiting for branch 10101, and its own underwriter can decide it
        Fixtures.gateway(Principal.UNDERWRITER1).get("/api/underwriting/cases/" + caseId)
                .then().statusCode(200).body("summary.status", equalTo("UNDER_REVIEW"));
        Fixtures.gateway(Principal.UNDERWRITER1).contentType(ContentType.JSON)
                .body(Map.of("reason", "分離試験の後始末")).post("/api/underwriting/cases/" + caseId + "/reject")
                .then().statusCode(204);
    }

    @Test
    void anUnderwriterOfAnotherBranchCannotOperateTheContract() {
        Fixtures.Contract contract = Fixtures.sharedContract();
        String base = "/api/underwriting/contracts/" + contract.contractNumber();
        Map<String, Map<String, Object>> operations = Map.of(
                "/key-reissue", Map.of("reason", "他支店から再発行"),
                "/cancellation", Map.of("cancelledOn", LocalDate.now().toString(), "reason", "他支店から解約"),
                "/corrections", Map.of("guaranteeAmount", 1, "reason", "他支店から訂正"),
                "/amendment-cancellation", Map.of("reason", "他支店から変更取消"),
                "/payment", Map.of("note", "他支店から入金"),
                "/paper-dispatch", Map.of("method", "WINDOW"));
        Map<String, Integer> answers = new java.util.TreeMap<>();
        operations.forEach((operation, body) -> answers.put(operation, Fixtures.gateway(Principal.UNDERWRITER2)
                .contentType(ContentType.JSON).body(body).post(base + operation).statusCode()));
        assertThat(answers).as("underwriter2 on a contract of branch 10101").allSatisfy(
                (operation, status) -> assertThat(status).as(operation).isIn(403, 404));
        Fixtures.gateway(Principal.UNDERWRITER2).get("/api/funds/staff/contracts/" + contract.contractNumber())
                .then().statusCode(anyOf(is(403), is(404)));
        Fixtures.gateway(Principal.UNDERWRITER2).get("/api/documents-pdf/staff/advance-claims/"
                + contract.contractNumber()).then().statusCode(anyOf(is(403), is(404)));

        // nothing happened: the contract is in force, on version 1, and the key still opens it on D-Sure
        Fixtures.gateway(Principal.CONTRACTOR1).get("/api/contracts/" + contract.contractNumber())
                .then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("authenticationKey", equalTo(contract.authenticationKey()));
        Fixtures.registry(Principal.OMITAMA).contentType(ContentType.JSON)
                .body(Map.of("contractNumber", contract.contractNumber(),
                        "authenticationKey", contract.authenticationKey()))
                .post("/api/v1/verifications").then().statusCode(200).body("version", equalTo(1))
                .body("status", equalTo("IN_FORCE"));
    }
}
