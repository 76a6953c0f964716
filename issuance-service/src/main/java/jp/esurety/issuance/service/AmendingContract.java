package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.AmendmentPremium;
import jp.esurety.issuance.domain.AutoApprovalRule;
import jp.esurety.issuance.domain.PremiumRateTable;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.messaging.ConsumedEvents;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.AutoApprovalRuleEntity;
import jp.esurety.issuance.persistence.CertificateVersionEntity;
import jp.esurety.issuance.persistence.ContractorEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;
import jp.esurety.platform.inbox.PoisonEventException;
import jp.esurety.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 変更 (増額 / 減額 / 保証期限変更): underwritten like a new line (the branch's automatic rules, else the queue); once
 * approved a new certificate version (AMENDMENT, with its sequence) is signed — same key, same format (rule 3). A
 * change of 請負金額 alone needs no certificate change (seed note 2): the contract is updated and nothing is issued
 * (premium 0). A returned (差戻し) amendment requested again reopens its case.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AmendingContract {

    public static final String CONTRACT_AMOUNT_ONLY = "請負金額のみの変更のため、保証証書の変更はありません。";

    private final IssuingCertificate issuing;
    private final IssuingStatement statements;
    private final QuotingPremium premiums;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AmendingContract(IssuingCertificate issuing, IssuingStatement statements, QuotingPremium premiums,
                            Outbox outbox, ObjectMapper mapper, Clock clock) {
        this.issuing = issuing;
        this.statements = statements;
        this.premiums = premiums;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    public void requested(ConsumedEvents.AmendmentRequested a) {
        java.util.Optional<UnderwritingCaseEntity> existing = UnderwritingCaseEntity.forLine(a.caseLineId());
        if (existing.isPresent() && !"RETURNED".equals(existing.get().status)) {
            return; // redelivered, or already decided
        }
        GuaranteeContractEntity c = GuaranteeContractEntity.<GuaranteeContractEntity>findByIdOptional(a.contractNumber())
                .orElseThrow(() -> new PoisonEventException("amendment of an unknown contract " + a.contractNumber()));
        if (!c.contractorId.equals(a.contractor().contractorId())) {
            throw new PoisonEventException("amendment of " + a.contractNumber() + " by another contractor");
        }
        if (!"ACTIVE".equals(c.status)) {
            throw new PoisonEventException("amendment of " + a.contractNumber() + " in status " + c.status);
        }
        Instant now = clock.instant();
        UnderwritingCaseEntity kase;
        if (existing.isPresent()) {
            // the returned amendment requested again: same case, a new round
            kase = CaseRounds.reopen(existing.get(), now);
        } else {
            kase = new UnderwritingCaseEntity();
            kase.caseId = UUID.randomUUID();
            kase.kind = "AMENDMENT";
            kase.status = "RECEIVED";
            kase.receivedAt = now;
        }
        kase.applicationId = a.applicationId();
        kase.lineId = a.caseLineId();
        kase.branchCode = c.branchCode;
        kase.contractorId = c.contractorId;
        kase.contractorName = c.contractorName;
        kase.productType = c.productType;
        kase.format = c.format;
        kase.guaranteeAmount = a.newGuaranteeAmount() != null ? a.newGuaranteeAmount() : c.guaranteeAmount;
        kase.workName = c.workName;
        kase.obligeeName = c.obligeeName;
        kase.premiumPaymentMethod = c.premiumPaymentMethod;
        kase.contractNumber = c.contractNumber;
        try {
            kase.submission = mapper.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (existing.isEmpty()) {
            kase.persist();
        }

        if (a.newGuaranteeAmount() == null && a.newGuaranteeEnd() == null) {
            if (a.newContractAmount() != null) {
                c.contractAmount = a.newContractAmount();
            }
            if (a.newPeriodTo() != null) {
                c.periodTo = a.newPeriodTo();
            }
            decided(kase, UnderwritingApplication.AUTOMATIC, true, CONTRACT_AMOUNT_ONLY, now);
            approved(a, c, 0L, true, now);
            return;
        }
        List<String> reasons = AutoApprovalRule.reasonsForReview(
                AutoApprovalRuleEntity.find(c.branchCode, c.productType).map(MaintainingRules::toDomain),
                new AutoApprovalRule.LineFacts(ProductType.valueOf(c.productType), "ELECTRONIC".equals(c.format),
                        kase.guaranteeAmount, ContractorEntity.findByIdOptional(c.contractorId).isPresent(), true));
        if (reasons.isEmpty()) {
            apply(kase, a, UnderwritingApplication.AUTOMATIC, true, null);
        } else {
            kase.status = "UNDER_REVIEW";
            kase.reasons = String.join("\n", reasons);
            outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.APPLICATION_UNDER_REVIEW, a.applicationId().toString(),
                    new IssuanceEvents.ApplicationUnderReview(a.applicationId(), a.caseLineId(), kase.caseId, now,
                            reasons));
        }
    }

    /**
     * Applies an approved amendment: a new version, same key, {@code CertificateAmended}; the additional premium
     * (docs/premiums.md, 変更保証料) with its statement. The changed certificate is issued at once: the guarantee is
     * already in force, and the additional premium is billed like the contract's premium (its payment method).
     */
    public void apply(UnderwritingCaseEntity kase, ConsumedEvents.AmendmentRequested a, String decidedBy,
                      boolean automatic, String note) {
        Instant now = clock.instant();
        GuaranteeContractEntity c = GuaranteeContractEntity.findById(a.contractNumber());
        if (a.newGuaranteeAmount() != null) {
            c.guaranteeAmount = a.newGuaranteeAmount();
        }
        if (a.newGuaranteeEnd() != null) {
            c.guaranteeEnd = a.newGuaranteeEnd();
        }
        if (a.newContractAmount() != null) {
            c.contractAmount = a.newContractAmount();
        }
        if (a.newPeriodTo() != null) {
            c.periodTo = a.newPeriodTo();
        }
        int version = CertificateVersionEntity.maxVersion(c.contractNumber) + 1;
        int sequence = (int) CertificateVersionEntity.count(
                "contractNumber = ?1 and versionKind = 'AMENDMENT' and superseded = false", c.contractNumber) + 1;
        ObjectNode signed = issuing.signVersion(c, SuretyBranchEntity.findById(c.branchCode), version, "AMENDMENT",
                sequence, a.applicationId(), now);
        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.CERTIFICATE_AMENDED, c.contractNumber,
                new IssuanceEvents.CertificateAmended(c.contractNumber, c.applicationId, c.lineId, a.applicationId(),
                        version, "AMENDMENT", sequence, a.changeType(), c.format, c.productType,
                        new IssuanceEvents.Obligee(c.obligeeId, c.obligeeName), c.contractorId, signed,
                        issuing.sealExistingKey(c), now));
        decided(kase, decidedBy, automatic, note, now);
        AmendmentPremium premium = additionalPremium(c);
        c.premium = (c.premium == null ? 0 : c.premium) + premium.total();
        approved(a, c, premium.total(), automatic, now);
        statements.issue(c, IssuingStatement.AMENDMENT, a.applicationId(), a.caseLineId(),
                new IssuingStatement.Amounts(premium.lines(), premium.additionalPremium(), premium.consumptionTax(),
                        premium.total()), false, now);
    }

    /** From the rate table that priced the contract (valid on its approval date), for the contract as changed. */
    private AmendmentPremium additionalPremium(GuaranteeContractEntity c) {
        ProductType product = ProductType.valueOf(c.productType);
        LocalDate priced = LocalDate.ofInstant(c.approvedAt, ApprovingLine.TOKYO);
        PremiumRateTable table = premiums.tableOn(product, priced)
                .or(() -> premiums.tableOn(product, LocalDate.ofInstant(clock.instant(), ApprovingLine.TOKYO)))
                .orElseThrow(() -> new IllegalStateException("no rate table for " + product));
        return AmendmentPremium.of(table, IssuingStatement.chargedPremium(c.contractNumber), c.guaranteeAmount,
                c.periodFrom, c.guaranteeEnd);
    }

    /** The amendment line is approved, with its additional premium. */
    private void approved(ConsumedEvents.AmendmentRequested a, GuaranteeContractEntity c, Long premium,
                          boolean automatic, Instant now) {
        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.APPLICATION_APPROVED, a.applicationId().toString(),
                new IssuanceEvents.ApplicationApproved(a.applicationId(), a.caseLineId(), c.contractNumber, now,
                        premium, automatic));
    }

    private static void decided(UnderwritingCaseEntity kase, String by, boolean automatic, String note, Instant now) {
        kase.status = "APPROVED";
        kase.autoDecided = automatic;
        kase.decidedBy = by;
        kase.decidedAt = now;
        kase.decisionNote = note;
    }
}
