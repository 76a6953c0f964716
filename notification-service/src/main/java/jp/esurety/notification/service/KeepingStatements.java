package jp.esurety.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.messaging.NotificationEvents;
import jp.esurety.notification.persistence.PremiumStatementEntity;
import jp.esurety.notification.persistence.RefundStatementEntity;

/**
 * Keeps what a 保証料計算書 or 保証料返還計算書 needs, as issuance announces it; the PDF is rendered only when first
 * downloaded, so issuance never waits on rendering. A premium statement is also announced to the contractor by mail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KeepingStatements {

    private final ObjectMapper mapper;
    private final NotifyingContractor notifying;

    public KeepingStatements(ObjectMapper mapper, NotifyingContractor notifying) {
        this.mapper = mapper;
        this.notifying = notifying;
    }

    public void premiumStatementIssued(NotificationEvents.PremiumStatementIssued event) {
        if (PremiumStatementEntity.findById(event.statementId()) == null) {
            PremiumStatementEntity statement = new PremiumStatementEntity();
            statement.statementId = event.statementId();
            statement.contractNumber = event.contractNumber();
            statement.applicationId = event.applicationId();
            statement.contractorId = event.contractorId();
            statement.productType = event.productType();
            statement.issuedAt = event.issuedAt();
            statement.lines = json(event.lines());
            statement.premium = event.premium();
            statement.consumptionTax = event.consumptionTax();
            statement.total = event.total();
            statement.paymentMethod = event.paymentMethod();
            statement.persist();
        }
        notifying.premiumStatementIssued(event);
    }

    public void guaranteeCancelled(NotificationEvents.GuaranteeCancelled event) {
        RefundStatementEntity refund = RefundStatementEntity.findById(event.contractNumber());
        if (refund == null) {
            refund = new RefundStatementEntity();
            refund.contractNumber = event.contractNumber();
            refund.contractorId = event.contractorId();
            refund.cancelledAt = event.cancelledAt();
            refund.reason = event.reason();
            refund.lines = json(event.refund().lines());
            refund.total = event.refund().total();
            refund.persist();
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
