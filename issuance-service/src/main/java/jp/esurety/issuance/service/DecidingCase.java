package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.messaging.ConsumedEvents;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The underwriter's decisions on a case of its own branch: approve, reject with a reason, return with a message. */
@ApplicationScoped
@Transactional
public class DecidingCase {

    private final ApprovingLine approving;
    private final Auditing auditing;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    private final AmendingContract amending;

    public DecidingCase(ApprovingLine approving, AmendingContract amending, Auditing auditing, Outbox outbox,
                        ObjectMapper mapper, Clock clock) {
        this.approving = approving;
        this.amending = amending;
        this.auditing = auditing;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    public String approve(Staff staff, UUID caseId, String note) {
        UnderwritingCaseEntity kase = openCase(staff, caseId);
        if ("AMENDMENT".equals(kase.kind)) {
            try {
                amending.apply(kase, mapper.readValue(kase.submission, ConsumedEvents.AmendmentRequested.class),
                        staff.username(), false, note);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            auditing.record(staff, "CASE_APPROVED", caseId.toString(), kase.contractNumber);
            return kase.contractNumber;
        }
        ConsumedEvents.ApplicationSubmitted application = submission(kase);
        ConsumedEvents.Line line = application.lines().stream().filter(l -> l.lineId().equals(kase.lineId))
                .findFirst().orElseThrow();
        SuretyBranchEntity branch = SuretyBranchEntity.findById(kase.branchCode);
        GuaranteeContractEntity contract = approving.approve(kase, application, line, branch, staff.username(),
                false, note);
        auditing.record(staff, "CASE_APPROVED", caseId.toString(), contract.contractNumber);
        return contract.contractNumber;
    }

    public void reject(Staff staff, UUID caseId, String reason) {
        UnderwritingCaseEntity kase = openCase(staff, caseId);
        Instant now = decide(kase, staff, "REJECTED", reason);
        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.APPLICATION_REJECTED, kase.applicationId.toString(),
                new IssuanceEvents.ApplicationRejected(kase.applicationId, kase.lineId, kase.caseId, reason, now));
        auditing.record(staff, "CASE_REJECTED", caseId.toString(), reason);
    }

    public void returnToContractor(Staff staff, UUID caseId, String message) {
        UnderwritingCaseEntity kase = openCase(staff, caseId);
        Instant now = decide(kase, staff, "RETURNED", message);
        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.APPLICATION_RETURNED, kase.applicationId.toString(),
                new IssuanceEvents.ApplicationReturned(kase.applicationId, kase.lineId, kase.caseId, message, now));
        auditing.record(staff, "CASE_RETURNED", caseId.toString(), message);
    }

    private Instant decide(UnderwritingCaseEntity kase, Staff staff, String status, String note) {
        Instant now = clock.instant();
        kase.status = status;
        kase.decidedBy = staff.username();
        kase.decidedAt = now;
        kase.decisionNote = note;
        return now;
    }

    /** A case of the underwriter's branch that still waits for a decision; other branches' cases are 404. */
    private static UnderwritingCaseEntity openCase(Staff staff, UUID caseId) {
        UnderwritingCaseEntity kase = UnderwritingCaseEntity.<UnderwritingCaseEntity>findByIdOptional(caseId)
                .filter(k -> k.branchCode.equals(staff.branchCode()))
                .orElseThrow(() -> ProblemException.notFound("審査案件が見つかりません。"));
        if ("WITHDRAWN".equals(kase.status)) {
            throw ProblemException.conflict("この申込はお客様により取り下げられました。");
        }
        if (!"UNDER_REVIEW".equals(kase.status)) {
            throw ProblemException.conflict("この審査案件は既に判断済みです（" + kase.status + "）。");
        }
        return kase;
    }

    private ConsumedEvents.ApplicationSubmitted submission(UnderwritingCaseEntity kase) {
        try {
            return mapper.readValue(kase.submission, ConsumedEvents.ApplicationSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case " + kase.caseId + " has an unreadable submission", e);
        }
    }
}
