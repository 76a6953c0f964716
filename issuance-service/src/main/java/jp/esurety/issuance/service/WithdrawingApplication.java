package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.messaging.ConsumedEvents;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;

/**
 * 取下げ: the contractor withdraws an application before a decision ({@code ApplicationWithdrawn}). Its cases still
 * open (in the queue, or returned to the contractor) are closed as WITHDRAWN: no contract, no certificate. Decided
 * cases stay as they are, so a redelivered withdrawal changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WithdrawingApplication {

    public static final String BY_CONTRACTOR = "contractor";
    public static final String DEFAULT_NOTE = "お客様により申込が取り下げられました。";

    public void withdrawn(ConsumedEvents.ApplicationWithdrawn event) {
        for (UnderwritingCaseEntity kase : UnderwritingCaseEntity.openOf(event.applicationId())) {
            kase.status = "WITHDRAWN";
            kase.decidedBy = BY_CONTRACTOR;
            kase.decidedAt = event.withdrawnAt();
            kase.decisionNote = event.reason() == null || event.reason().isBlank() ? DEFAULT_NOTE : event.reason();
        }
    }
}
