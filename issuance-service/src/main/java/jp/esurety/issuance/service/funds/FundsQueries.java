package jp.esurety.issuance.service.funds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.funds.AccountType;
import jp.esurety.issuance.domain.funds.FundsCategory;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.funds.AdvanceClaimEntity;
import jp.esurety.issuance.persistence.funds.FundsPlanEntity;
import jp.esurety.issuance.persistence.funds.FundsWithdrawalEntity;
import jp.esurety.issuance.service.Staff;

import java.util.List;
import java.util.Optional;

/** Reads the funds of a contract (contractor: own contracts; staff: their branch) and the staff's queues. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FundsQueries {

    private final FundsContracts contracts;

    public FundsQueries(FundsContracts contracts) {
        this.contracts = contracts;
    }

    @Transactional
    public FundsViews.ContractFunds ofContractor(String contractorId, String contractNumber) {
        return funds(contracts.ofContractor(contractorId, contractNumber, false));
    }

    @Transactional
    public FundsViews.ContractFunds ofStaff(Staff staff, String contractNumber) {
        return funds(contracts.ofStaff(staff, contractNumber, false));
    }

    @Transactional
    public FundsViews.Schedule scheduleOfContractor(String contractorId, String contractNumber) {
        return schedule(contracts.ofContractor(contractorId, contractNumber, false));
    }

    @Transactional
    public FundsViews.Schedule scheduleOfStaff(Staff staff, String contractNumber) {
        return schedule(contracts.ofStaff(staff, contractNumber, false));
    }

    /** 使途内訳明細書 of the staff member's branch, oldest first (status null: all). */
    @Transactional
    public List<FundsViews.Plan> plansOfBranch(Staff staff, String status) {
        return FundsPlanEntity.ofBranch(staff.branchCode(), status).stream().map(this::plan).toList();
    }

    /** 払出依頼 of the staff member's branch, oldest first (status null: all). */
    @Transactional
    public List<FundsViews.Withdrawal> withdrawalsOfBranch(Staff staff, String status) {
        return FundsWithdrawalEntity.ofBranch(staff.branchCode(), status).stream().map(FundsQueries::withdrawal)
                .toList();
    }

    private FundsViews.ContractFunds funds(GuaranteeContractEntity c) {
        return new FundsViews.ContractFunds(c.contractNumber, c.productType, c.workName, c.obligeeName,
                c.guaranteeAmount, c.status, AdvanceClaimEntity.ofContract(c.contractNumber).map(FundsQueries::claim)
                .orElse(null), FundsPlanEntity.ofContract(c.contractNumber).stream().map(this::plan).toList(),
                FundsWithdrawalEntity.ofContract(c.contractNumber).stream().map(FundsQueries::withdrawal).toList(),
                schedule(c));
    }

    FundsViews.Schedule schedule(GuaranteeContractEntity c) {
        Optional<FundsPlanEntity> accepted = FundsPlanEntity.accepted(c.contractNumber);
        return new FundsViews.Schedule(c.contractNumber, c.guaranteeAmount,
                accepted.map(p -> p.version).orElse(null),
                accepted.map(p -> plan(p).lines()).orElse(List.of()),
                FundsWithdrawalEntity.ofContract(c.contractNumber).stream()
                        .filter(w -> FundsWithdrawalEntity.APPROVED.equals(w.status))
                        .map(FundsQueries::withdrawal).toList(),
                contracts.balance(c.contractNumber));
    }

    FundsViews.Plan plan(FundsPlanEntity p) {
        return new FundsViews.Plan(p.planId, p.contractNumber, p.version, p.status,
                contracts.lines(p).stream().map(l -> new FundsViews.PlanLine(l.category().name(),
                        l.category().label(), l.amount(), l.note())).toList(),
                p.total, p.submittedAt, p.decidedAt, p.message);
    }

    static FundsViews.Claim claim(AdvanceClaimEntity a) {
        AccountType type = AccountType.valueOf(a.accountType);
        GuaranteeContractEntity c = GuaranteeContractEntity.findById(a.contractNumber);
        return new FundsViews.Claim(a.claimId, a.contractNumber, c.workName, a.ordererName, a.claimAmount,
                new FundsViews.Account(a.bankCode, a.bankName, a.bankNameKana, a.branchCode, a.branchName,
                        a.branchNameKana, type.name(), type.label(), a.accountNumber, a.holderKana),
                a.requesterCode, a.issuedAt);
    }

    static FundsViews.Withdrawal withdrawal(FundsWithdrawalEntity w) {
        FundsCategory category = FundsCategory.valueOf(w.category);
        AccountType type = AccountType.valueOf(w.payeeAccountType);
        return new FundsViews.Withdrawal(w.withdrawalId, w.contractNumber, category.name(), category.label(),
                w.amount, new FundsViews.Payee(w.payeeName, w.payeeBankCode, w.payeeBankNameKana, w.payeeBranchCode,
                w.payeeBranchNameKana, type.name(), type.label(), w.payeeAccountNumber, w.payeeHolderKana),
                w.status, w.requestedAt, w.decidedAt, w.reason, w.approvedOn);
    }
}
