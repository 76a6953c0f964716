package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.PremiumQuote;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.PremiumStatementEntity;
import jp.esurety.platform.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Issues an electronic 保証料計算書 of a contract ({@code PremiumStatementIssued}): kind PREMIUM with the approval of
 * a line, kind AMENDMENT (変更保証料) with the approval of a change. {@code applicationId}/{@code lineId} name the
 * application the statement answers (for a change: the amendment application and its line).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IssuingStatement {

    public static final String PREMIUM = "PREMIUM";
    public static final String AMENDMENT = "AMENDMENT";

    /** What a statement shows. */
    public record Amounts(List<PremiumQuote.Line> lines, long premium, long consumptionTax, long total) {
    }

    private final Outbox outbox;
    private final ObjectMapper mapper;

    public IssuingStatement(Outbox outbox, ObjectMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    public PremiumStatementEntity issue(GuaranteeContractEntity c, String kind, UUID applicationId, UUID lineId,
                                        Amounts amounts, boolean paper, Instant now) {
        PremiumStatementEntity s = new PremiumStatementEntity();
        s.statementId = UUID.randomUUID();
        s.contractNumber = c.contractNumber;
        s.contractorId = c.contractorId;
        s.kind = kind;
        s.productType = c.productType;
        try {
            s.lines = mapper.writeValueAsString(amounts.lines());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        s.premium = amounts.premium();
        s.consumptionTax = amounts.consumptionTax();
        s.total = amounts.total();
        s.paymentMethod = c.premiumPaymentMethod;
        s.paperStatementWanted = paper;
        s.issuedAt = now;
        s.persist();
        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.PREMIUM_STATEMENT_ISSUED, c.contractNumber,
                new IssuanceEvents.PremiumStatementIssued(s.statementId, c.contractNumber, applicationId, lineId,
                        c.contractorId, now, c.productType,
                        amounts.lines().stream().map(l -> new IssuanceEvents.StatementLine(l.label(), l.amount()))
                                .toList(),
                        s.premium, s.consumptionTax, s.total,
                        s.paymentMethod == null ? "UNSPECIFIED" : s.paymentMethod, paper));
        return s;
    }

    /** The premium charged so far for the contract, before tax (its PREMIUM and AMENDMENT statements). */
    public static long chargedPremium(String contractNumber) {
        Long sum = PremiumStatementEntity.find(
                "select coalesce(sum(s.premium), 0) from PremiumStatementEntity s where s.contractNumber = ?1 "
                        + "and s.kind in ('PREMIUM', 'AMENDMENT')", contractNumber).project(Long.class).firstResult();
        return sum == null ? 0 : sum;
    }
}
