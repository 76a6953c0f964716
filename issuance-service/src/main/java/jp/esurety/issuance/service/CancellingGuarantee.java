package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.PremiumRefund;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.PremiumStatementEntity;
import jp.esurety.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 解約: staff cancel a contract; the 保証料返還計算書 (refund statement) is issued ({@code GuaranteeCancelled}). */
@ApplicationScoped
@Transactional
public class CancellingGuarantee {

    private final Auditing auditing;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public CancellingGuarantee(Auditing auditing, Outbox outbox, ObjectMapper mapper, Clock clock) {
        this.auditing = auditing;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    public PremiumRefund cancel(Staff staff, String contractNumber, LocalDate cancelledOn, String reason) {
        GuaranteeContractEntity c = BranchContracts.of(staff, contractNumber);
        BranchContracts.requireActive(c);
        Instant now = clock.instant();
        PremiumRefund refund = PremiumRefund.of(c.premium == null ? 0 : c.premium, c.periodFrom, c.guaranteeEnd,
                cancelledOn);
        c.status = "CANCELLED";
        c.cancelledAt = now;

        PremiumStatementEntity s = new PremiumStatementEntity();
        s.statementId = UUID.randomUUID();
        s.contractNumber = c.contractNumber;
        s.contractorId = c.contractorId;
        s.kind = "REFUND";
        s.productType = c.productType;
        try {
            s.lines = mapper.writeValueAsString(refund.lines());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        s.premium = refund.refund();
        s.consumptionTax = 0;
        s.total = refund.refund();
        s.paymentMethod = c.premiumPaymentMethod;
        s.issuedAt = now;
        s.persist();

        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.GUARANTEE_CANCELLED, c.contractNumber,
                new IssuanceEvents.GuaranteeCancelled(c.contractNumber, now, reason, c.contractorId,
                        new IssuanceEvents.Refund(refund.lines().stream()
                                .map(l -> new IssuanceEvents.StatementLine(l.label(), l.amount())).toList(),
                                refund.refund())));
        auditing.record(staff, "GUARANTEE_CANCELLED", c.contractNumber, cancelledOn + ": " + reason);
        return refund;
    }
}
