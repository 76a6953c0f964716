package jp.esurety.issuance.service;

import jp.esurety.issuance.testsupport.IssuanceTestBase;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.PremiumStatementEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;
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

import java.time.Duration;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** 契約保証予約 → 契約保証: the conversion, its premium rule (docs/premiums.md) and the lines it refuses. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class BidBondConversionTest extends IssuanceTestBase {


    @Test
    void contractGuaranteeConvertsTheContractorsBidBondAndIsChargedInFull() {
        GuaranteeContractEntity bond = bidBond("C0001", "株式会社 小美玉建設");
        assertThat(bond.premium).as("fee 8,000 + tax 800 (example 12)").isEqualTo(8_800L);

        Submissions.Sent sent = contractLine(bond.contractNumber, d -> { });

        GuaranteeContractEntity contract = Submissions.awaitContract(sent.lineId());
        assertThat(contract.bidBondContractNumber).isEqualTo(bond.contractNumber);
        EventEnvelope approved = submissions.events(sent.applicationId().toString(), "ApplicationApproved", 1)
                .getFirst();
        assertThat(approved.data().get("premium").asLong()).as("example 13: in full, nothing credited")
                .isEqualTo(5_760L);
        EventEnvelope statement = submissions.events(contract.contractNumber, "PremiumStatementIssued", 1)
                .getFirst();
        schemas.validate(statement);
        assertThat(statement.data().get("total").asLong()).isEqualTo(5_760L);
        assertThat(statement.data().get("lines").findValuesAsText("label"))
                .contains("契約保証予約 " + bond.contractNumber + " 手数料の充当");

        GuaranteeContractEntity converted = contract(bond.contractNumber);
        assertThat(converted.status).isEqualTo("CONVERTED");
        assertThat(converted.convertedToContractNumber).isEqualTo(contract.contractNumber);
        assertThat(converted.convertedAt).isNotNull();
        assertThat(converted.premium).as("the fee is not refunded").isEqualTo(8_800L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PremiumStatementEntity.count(
                "contractNumber = ?1 and kind = 'REFUND'", bond.contractNumber))).isZero();

        String c = TestTokens.contractor("C0001");
        given().auth().oauth2(c).get("/api/contracts/{no}", bond.contractNumber).then().statusCode(200)
                .body("status", equalTo("CONVERTED")).body("statusLabel", equalTo("契約保証へ移行済み"))
                .body("convertedToContractNumber", equalTo(contract.contractNumber));
        given().auth().oauth2(c).get("/api/contracts/{no}", contract.contractNumber).then().statusCode(200)
                .body("bidBondContractNumber", equalTo(bond.contractNumber));
    }

    @Test
    void bidBondOfAnotherContractorCannotBeConverted() {
        GuaranteeContractEntity bond = bidBond("C0001", "株式会社 小美玉建設");

        Submissions.Sent sent = contractLine(bond.contractNumber, d -> ((ObjectNode) d.get("contractor"))
                .put("contractorId", "C0002").put("name", "柏土木 株式会社"));

        assertRejected(sent, "指定された保証契約（" + bond.contractNumber + "）はお客様の契約保証予約ではありません。");
        assertThat(contract(bond.contractNumber).status).isEqualTo("ACTIVE");
    }

    @Test
    void contractThatIsNotABidBondCannotBeConverted() {
        String advance = Submissions.awaitContract(submissions.submit(d -> { }).lineId()).contractNumber;

        Submissions.Sent sent = contractLine(advance, d -> { });

        assertRejected(sent, "指定された保証契約（" + advance + "）は契約保証予約ではありません。");
    }

    @Test
    void bidBondIsConvertedOnlyOnce() {
        GuaranteeContractEntity bond = bidBond("C0001", "株式会社 小美玉建設");
        String first = Submissions.awaitContract(contractLine(bond.contractNumber, d -> { }).lineId()).contractNumber;

        Submissions.Sent again = contractLine(bond.contractNumber, d -> { });

        assertRejected(again, "指定された契約保証予約（" + bond.contractNumber + "）は既に契約保証（" + first
                + "）へ移行済みです。");
    }

    @Test
    void unknownBidBondCannotBeConverted() {
        Submissions.Sent sent = contractLine("10101-999999", d -> { });

        assertRejected(sent, "指定された契約保証予約（10101-999999）が見つかりません。");
    }

    // --- helpers ---

    /** A 契約保証予約 of 80,000,000 for 30 days (docs/premiums.md example 12), approved automatically. */
    private GuaranteeContractEntity bidBond(String contractorId, String name) {
        Submissions.Sent sent = submissions.submit(d -> {
            d.put("kind", "BID_BOND");
            ((ObjectNode) d.get("contractor")).put("contractorId", contractorId).put("name", name);
            Submissions.work(d).put("periodFrom", "2026-12-01").put("periodTo", "2026-12-30")
                    .put("advancePaymentPlanned", true);
            ObjectNode bid = d.putObject("bid");
            bid.put("announcementNumber", "小美玉市告示第45号").put("bidDate", "2026-11-25")
                    .put("plannedBidAmount", 800_000_000L);
            ObjectNode line = Submissions.line(d);
            line.put("productType", "BID_BOND").put("guaranteeAmount", 80_000_000L).putNull("depositBank");
        });
        return Submissions.awaitContract(sent.lineId());
    }

    /** A 契約保証 of 4,800,000 for the 109 days of the demo work, naming {@code bidBond}. */
    private Submissions.Sent contractLine(String bidBond, Consumer<ObjectNode> change) {
        return submissions.submit(d -> {
            Submissions.work(d).put("contractAmount", 48_000_000L).put("advancePaymentPlanned", true);
            ObjectNode line = Submissions.line(d);
            line.put("productType", "CONTRACT").put("guaranteeAmount", 4_800_000L).putNull("depositBank")
                    .put("bidBondContractNumber", bidBond);
            change.accept(d);
        });
    }

    private void assertRejected(Submissions.Sent sent, String reason) {
        UnderwritingCaseEntity kase = await().atMost(Duration.ofSeconds(30)).until(
                () -> Submissions.awaitCase(sent.lineId()), k -> !"RECEIVED".equals(k.status));
        assertThat(kase.status).isEqualTo("REJECTED");
        assertThat(kase.autoDecided).isTrue();
        assertThat(kase.decisionNote).isEqualTo(reason);
        EventEnvelope rejected = submissions.events(sent.applicationId().toString(), "ApplicationRejected", 1)
                .getFirst();
        schemas.validate(rejected);
        assertThat(rejected.data().get("reason").asText()).isEqualTo(reason);
        assertThat(QuarkusTransaction.requiringNew().call(() -> GuaranteeContractEntity.existsForLine(sent.lineId())))
                .isFalse();
    }

    private static GuaranteeContractEntity contract(String number) {
        return QuarkusTransaction.requiringNew().call(() -> GuaranteeContractEntity.findById(number));
    }
}
