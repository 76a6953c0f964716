package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.PremiumQuote;
import jp.esurety.issuance.domain.PremiumSettlement;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.messaging.ConsumedEvents;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.ContractorEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;
import jp.esurety.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Approves one underwriting case, by the automatic rules or by an underwriter: the line becomes a guarantee contract
 * with its number and premium, the 保証料計算書 is issued, and — when the premium is settled (一括納付 of a
 * registered contractor) — the certificate is issued at once; otherwise the contract waits for the payment. A
 * 契約保証 line that names a 契約保証予約 converts it ({@link ConvertingBidBond}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ApprovingLine {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final ContractNumbering numbering;
    private final QuotingPremium premiums;
    private final IssuingCertificate issuing;
    private final IssuingStatement statements;
    private final ConvertingBidBond conversion;
    private final Outbox outbox;
    private final Clock clock;

    public ApprovingLine(ContractNumbering numbering, QuotingPremium premiums, IssuingCertificate issuing,
                         IssuingStatement statements, ConvertingBidBond conversion, Outbox outbox, Clock clock) {
        this.numbering = numbering;
        this.conversion = conversion;
        this.premiums = premiums;
        this.issuing = issuing;
        this.statements = statements;
        this.outbox = outbox;
        this.clock = clock;
    }

    public GuaranteeContractEntity approve(UnderwritingCaseEntity kase, ConsumedEvents.ApplicationSubmitted application,
                                           ConsumedEvents.Line line, SuretyBranchEntity branch, String decidedBy,
                                           boolean automatic, String note) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TOKYO);
        ConsumedEvents.Work work = application.work();
        Optional<GuaranteeContractEntity> bidBond = conversion.lockFor(application, line);
        PremiumQuote quote = premiums.quote(ProductType.valueOf(line.productType()), line.guaranteeAmount(),
                work.periodFrom(), work.periodTo(), today);
        boolean bulkEligible = ContractorEntity.<ContractorEntity>findByIdOptional(application.contractor().contractorId())
                .map(c -> c.bulkPaymentEligible).orElse(false);
        boolean settled = PremiumSettlement.settledAtApproval(line.premiumPaymentMethod(), bulkEligible);

        GuaranteeContractEntity c = new GuaranteeContractEntity();
        c.contractNumber = numbering.next(branch.branchCode).value();
        c.applicationId = application.applicationId();
        c.lineId = line.lineId();
        c.caseId = kase.caseId;
        c.branchCode = branch.branchCode;
        c.contractorId = application.contractor().contractorId();
        c.contractorName = application.contractor().name();
        c.productType = line.productType();
        c.format = line.format();
        c.obligeeId = work.obligee().ordererId();
        c.obligeeName = work.obligee().name();
        c.guaranteeAmount = line.guaranteeAmount();
        c.guaranteeEnd = work.periodTo(); // 保証期限 defaults to the end of 工期
        c.workName = work.name();
        c.contractAmount = work.contractAmount();
        c.periodFrom = work.periodFrom();
        c.periodTo = work.periodTo();
        c.contractDate = work.contractDate();
        c.depositBank = line.depositBank();
        c.jvName = work.jointVenture() == null ? null : work.jointVenture().name();
        c.premium = quote.total();
        c.premiumPaymentMethod = line.premiumPaymentMethod();
        c.premiumSettledAt = settled ? now : null;
        c.status = settled ? "ACTIVE" : "AWAITING_PAYMENT";
        c.approvedAt = now;
        c.persist();
        bidBond.ifPresent(bond -> conversion.convert(bond, c, now));

        kase.status = "APPROVED";
        kase.autoDecided = automatic;
        kase.decidedBy = decidedBy;
        kase.decidedAt = now;
        kase.decisionNote = note;
        kase.contractNumber = c.contractNumber;

        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.APPLICATION_APPROVED, application.applicationId().toString(),
                new IssuanceEvents.ApplicationApproved(application.applicationId(), line.lineId(), c.contractNumber,
                        now, quote.total(), automatic));
        statements.issue(c, IssuingStatement.PREMIUM, application.applicationId(), line.lineId(),
                new IssuingStatement.Amounts(bidBond.map(bond -> ConvertingBidBond.statementLines(quote, bond))
                        .orElse(quote.lines()), quote.premium(), quote.consumptionTax(), quote.total()),
                line.paperStatement(), now);
        if (settled) {
            issuing.issueFirstVersion(c, branch);
        }
        return c;
    }

}
