package jp.esurety.issuance.service.funds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.funds.FundsPlanLine;
import jp.esurety.issuance.domain.funds.FundsPlanRules;
import jp.esurety.issuance.domain.funds.FundsRuleViolation;
import jp.esurety.issuance.messaging.funds.FundsEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.funds.FundsPlanEntity;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The contractor submits a 前払金使途内訳明細書 ({@code FundsPlanSubmitted}); a later submission is a 使途変更 and becomes
 * the next version, which the surety accepts again. The accepted version stays in force meanwhile.
 */
@ApplicationScoped
@Transactional
public class FilingFundsPlan {

    private final FundsContracts contracts;
    private final FundsQueries queries;
    private final Outbox outbox;
    private final Clock clock;

    public FilingFundsPlan(FundsContracts contracts, FundsQueries queries, Outbox outbox, Clock clock) {
        this.contracts = contracts;
        this.queries = queries;
        this.outbox = outbox;
        this.clock = clock;
    }

    public FundsViews.Plan submit(String contractorId, String contractNumber, List<FundsPlanLine> lines) {
        GuaranteeContractEntity c = contracts.ofContractor(contractorId, contractNumber, true);
        FundsContracts.requireActive(c);
        if (FundsPlanEntity.find("contractNumber = ?1 and status = ?2", contractNumber, FundsPlanEntity.SUBMITTED)
                .count() > 0) {
            throw ProblemException.conflict("審査中の前払金使途内訳明細書があります。結果をお待ちください。");
        }
        List<FundsRuleViolation> violations = FundsPlanRules.check(lines, c.guaranteeAmount,
                FundsContracts.approved(contractNumber));
        if (!violations.isEmpty()) {
            throw FundsContracts.violated(violations);
        }
        FundsPlanEntity p = new FundsPlanEntity();
        p.planId = UUID.randomUUID();
        p.contractNumber = c.contractNumber;
        p.contractorId = c.contractorId;
        p.branchCode = c.branchCode;
        p.version = FundsPlanEntity.lastVersion(contractNumber) + 1;
        p.status = FundsPlanEntity.SUBMITTED;
        p.lines = contracts.json(lines);
        p.total = lines.stream().mapToLong(FundsPlanLine::amount).sum();
        p.submittedAt = clock.instant();
        p.persist();
        outbox.publish(FundsEvents.TOPIC, FundsEvents.FUNDS_PLAN_SUBMITTED, c.contractNumber,
                new FundsEvents.FundsPlanSubmitted(p.planId, c.contractNumber, c.contractorId, c.branchCode,
                        p.version, c.guaranteeAmount, FundsContracts.event(lines), p.total, p.submittedAt));
        return queries.plan(p);
    }
}
