package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.AutoApprovalRule;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.messaging.ConsumedEvents;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.AutoApprovalRuleEntity;
import jp.esurety.issuance.persistence.ContractorEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;
import jp.esurety.platform.inbox.PoisonEventException;
import jp.esurety.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every submitted line becomes an underwriting case. The branch's automatic rules approve it at once, or the case
 * goes to the underwriter queue ({@code ApplicationUnderReview} with the reasons). A redelivered submission finds
 * its cases and does nothing; a resubmission of a returned (差戻し) line reopens its case (the earlier round is kept,
 * see {@link CaseRounds}) and decides it again. A paper line may name its orderer in free text only (no directory
 * id); an electronic line always has one. A 契約保証 line naming a 契約保証予約 that is not the contractor's, not a
 * bid bond or already converted is rejected at once with the reason ({@link ConvertingBidBond}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UnderwritingApplication {

    static final String NO_RATE_TABLE = "この保証種類の保証料率表がありません";
    public static final String AUTOMATIC = "auto-approval";

    private final ApprovingLine approving;
    private final ConvertingBidBond conversion;
    private final QuotingPremium premiums;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public UnderwritingApplication(ApprovingLine approving, ConvertingBidBond conversion, QuotingPremium premiums,
                                   Outbox outbox, ObjectMapper mapper, Clock clock) {
        this.approving = approving;
        this.conversion = conversion;
        this.premiums = premiums;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    public void underwrite(ConsumedEvents.ApplicationSubmitted application) {
        SuretyBranchEntity branch = SuretyBranchEntity.<SuretyBranchEntity>findByIdOptional(application.branchCode())
                .orElseThrow(() -> new PoisonEventException("unknown branch " + application.branchCode()));
        for (ConsumedEvents.Line line : application.lines()) {
            if ("ELECTRONIC".equals(line.format()) && application.work().obligee().ordererId() == null) {
                throw new PoisonEventException("electronic line " + line.lineId() + " without an orderer id");
            }
            Optional<UnderwritingCaseEntity> existing = UnderwritingCaseEntity.forLine(line.lineId());
            UnderwritingCaseEntity kase;
            if (existing.isPresent()) {
                if (!application.resubmitted() || !"RETURNED".equals(existing.get().status)) {
                    continue; // redelivered, or already decided
                }
                kase = CaseRounds.reopen(existing.get(), clock.instant());
                fill(kase, application, line);
            } else if (GuaranteeContractEntity.existsForLine(line.lineId())) {
                continue;
            } else {
                kase = openCase(application, line);
            }
            decide(kase, application, line, branch);
        }
    }

    private void decide(UnderwritingCaseEntity kase, ConsumedEvents.ApplicationSubmitted application,
                        ConsumedEvents.Line line, SuretyBranchEntity branch) {
        Optional<String> refused = conversion.refusal(application, line);
        if (refused.isPresent()) {
            Instant now = clock.instant();
            kase.status = "REJECTED";
            kase.autoDecided = true;
            kase.decidedBy = AUTOMATIC;
            kase.decidedAt = now;
            kase.decisionNote = refused.get();
            outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.APPLICATION_REJECTED,
                    application.applicationId().toString(),
                    new IssuanceEvents.ApplicationRejected(application.applicationId(), line.lineId(), kase.caseId,
                            refused.get(), now));
            return;
        }
        List<String> reasons = reasonsForReview(application, line);
        if (reasons.isEmpty()) {
            approving.approve(kase, application, line, branch, AUTOMATIC, true, null);
        } else {
            kase.status = "UNDER_REVIEW";
            kase.reasons = String.join("\n", reasons);
            outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.APPLICATION_UNDER_REVIEW,
                    application.applicationId().toString(),
                    new IssuanceEvents.ApplicationUnderReview(application.applicationId(), line.lineId(),
                            kase.caseId, kase.receivedAt, reasons));
        }
    }

    private List<String> reasonsForReview(ConsumedEvents.ApplicationSubmitted application, ConsumedEvents.Line line) {
        ProductType product = ProductType.valueOf(line.productType());
        AutoApprovalRule.LineFacts facts = new AutoApprovalRule.LineFacts(product, "ELECTRONIC".equals(line.format()),
                line.guaranteeAmount(),
                ContractorEntity.findByIdOptional(application.contractor().contractorId()).isPresent(),
                application.work().electronicPermitted());
        List<String> reasons = new ArrayList<>(AutoApprovalRule.reasonsForReview(
                AutoApprovalRuleEntity.find(application.branchCode(), product.name()).map(MaintainingRules::toDomain),
                facts));
        if (premiums.tableOn(product, LocalDate.ofInstant(clock.instant(), ApprovingLine.TOKYO)).isEmpty()) {
            reasons.add(NO_RATE_TABLE);
        }
        return reasons;
    }

    private UnderwritingCaseEntity openCase(ConsumedEvents.ApplicationSubmitted application, ConsumedEvents.Line line) {
        UnderwritingCaseEntity kase = new UnderwritingCaseEntity();
        kase.caseId = UUID.randomUUID();
        kase.status = "RECEIVED";
        kase.receivedAt = clock.instant();
        fill(kase, application, line);
        kase.persist();
        return kase;
    }

    /** The case as the line was (re)submitted. */
    private void fill(UnderwritingCaseEntity kase, ConsumedEvents.ApplicationSubmitted application,
                      ConsumedEvents.Line line) {
        kase.applicationId = application.applicationId();
        kase.lineId = line.lineId();
        kase.branchCode = application.branchCode();
        kase.contractorId = application.contractor().contractorId();
        kase.contractorName = application.contractor().name();
        kase.productType = line.productType();
        kase.format = line.format();
        kase.guaranteeAmount = line.guaranteeAmount();
        kase.workName = application.work().name();
        kase.obligeeName = application.work().obligee().name();
        kase.premiumPaymentMethod = line.premiumPaymentMethod();
        try {
            kase.submission = mapper.writeValueAsString(application);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
