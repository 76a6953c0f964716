package jp.esurety.issuance.service.funds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.funds.AccountType;
import jp.esurety.issuance.domain.funds.BankAccount;
import jp.esurety.issuance.domain.funds.ZenginTransferFile;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.funds.AdvanceClaimEntity;
import jp.esurety.issuance.persistence.funds.FundsWithdrawalEntity;
import jp.esurety.issuance.service.Staff;
import jp.esurety.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instruction to the deposit bank: a 全銀協 総合振込 file of the withdrawals approved on a day (Asia/Tokyo), for one
 * contract or for every contract of the staff member's branch; one header/data/trailer group per 前払金専用口座.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ZenginTransfers {

    private final FundsContracts contracts;

    public ZenginTransfers(FundsContracts contracts) {
        this.contracts = contracts;
    }

    @Transactional
    public FundsViews.TransferFile ofContract(Staff staff, String contractNumber, LocalDate day) {
        GuaranteeContractEntity c = contracts.ofStaff(staff, contractNumber, false);
        return file("zengin-" + c.contractNumber + "-" + day.toString().replace("-", "") + ".txt", day,
                FundsWithdrawalEntity.approvedOn(c.contractNumber, day));
    }

    @Transactional
    public FundsViews.TransferFile ofBranch(Staff staff, LocalDate day) {
        return file("zengin-" + staff.branchCode() + "-" + day.toString().replace("-", "") + ".txt", day,
                FundsWithdrawalEntity.approvedInBranchOn(staff.branchCode(), day));
    }

    private static FundsViews.TransferFile file(String name, LocalDate day, List<FundsWithdrawalEntity> approved) {
        if (approved.isEmpty()) {
            throw ProblemException.notFound("この日に承認された払出依頼はありません。");
        }
        Map<String, List<FundsWithdrawalEntity>> byContract = new LinkedHashMap<>();
        approved.forEach(w -> byContract.computeIfAbsent(w.contractNumber, k -> new ArrayList<>()).add(w));
        List<ZenginTransferFile.Group> groups = new ArrayList<>();
        byContract.forEach((contractNumber, withdrawals) -> {
            AdvanceClaimEntity claim = AdvanceClaimEntity.ofContract(contractNumber).orElseThrow();
            groups.add(new ZenginTransferFile.Group(claim.requesterCode,
                    new BankAccount(claim.bankCode, claim.bankNameKana, claim.branchCode, claim.branchNameKana,
                            AccountType.valueOf(claim.accountType), claim.accountNumber, claim.holderKana),
                    day, withdrawals.stream().map(w -> new ZenginTransferFile.Transfer(
                    new BankAccount(w.payeeBankCode, w.payeeBankNameKana, w.payeeBranchCode, w.payeeBranchNameKana,
                            AccountType.valueOf(w.payeeAccountType), w.payeeAccountNumber, w.payeeHolderKana),
                    w.amount)).toList()));
        });
        return new FundsViews.TransferFile(name, ZenginTransferFile.build(groups), approved.size(),
                approved.stream().mapToLong(w -> w.amount).sum());
    }
}
