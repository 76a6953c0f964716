package jp.esurety.issuance.service;

import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.platform.problem.ProblemException;

/** Staff act only on contracts of their own branch; others' are 404 like unknown ones. */
final class BranchContracts {

    private BranchContracts() {
    }

    static GuaranteeContractEntity of(Staff staff, String contractNumber) {
        return GuaranteeContractEntity.<GuaranteeContractEntity>findByIdOptional(contractNumber)
                .filter(c -> c.branchCode.equals(staff.branchCode()))
                .orElseThrow(() -> ProblemException.notFound("保証契約が見つかりません。"));
    }

    static void requireActive(GuaranteeContractEntity c) {
        if (!"ACTIVE".equals(c.status)) {
            throw ProblemException.conflict("有効な保証契約ではありません（" + c.status + "）。");
        }
    }
}
