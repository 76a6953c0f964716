package jp.esurety.issuance.service;

import jp.esurety.issuance.persistence.UnderwritingCaseEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseRoundEntity;

import java.time.Instant;

/**
 * A returned (差戻し) case that the contractor resubmits is the same case again: its earlier round (what was
 * received, why it was not automatic, the return message) is kept as history, and the case starts a new round.
 */
final class CaseRounds {

    private CaseRounds() {
    }

    /** Keeps the case's current round and clears the decision; the caller fills in the resubmission. */
    static UnderwritingCaseEntity reopen(UnderwritingCaseEntity kase, Instant now) {
        UnderwritingCaseRoundEntity r = new UnderwritingCaseRoundEntity();
        r.caseId = kase.caseId;
        r.round = UnderwritingCaseRoundEntity.countOf(kase.caseId) + 1;
        r.submission = kase.submission;
        r.guaranteeAmount = kase.guaranteeAmount;
        r.receivedAt = kase.receivedAt;
        r.reasons = kase.reasons;
        r.status = kase.status;
        r.decidedBy = kase.decidedBy;
        r.decidedAt = kase.decidedAt;
        r.decisionNote = kase.decisionNote;
        r.persist();

        kase.status = "RECEIVED";
        kase.reasons = null;
        kase.autoDecided = false;
        kase.decidedBy = null;
        kase.decidedAt = null;
        kase.decisionNote = null;
        kase.receivedAt = now;
        return kase;
    }
}
