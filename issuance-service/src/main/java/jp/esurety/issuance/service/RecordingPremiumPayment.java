package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;

/** Staff record that the premium of an approved contract was received; then its certificate is issued. */
@ApplicationScoped
@Transactional
public class RecordingPremiumPayment {

    private final IssuingCertificate issuing;
    private final Auditing auditing;
    private final Clock clock;

    public RecordingPremiumPayment(IssuingCertificate issuing, Auditing auditing, Clock clock) {
        this.issuing = issuing;
        this.auditing = auditing;
        this.clock = clock;
    }

    public void record(Staff staff, String contractNumber, String note) {
        GuaranteeContractEntity c = GuaranteeContractEntity.<GuaranteeContractEntity>findByIdOptional(contractNumber)
                .filter(k -> k.branchCode.equals(staff.branchCode()))
                .orElseThrow(() -> ProblemException.notFound("保証契約が見つかりません。"));
        if (!"AWAITING_PAYMENT".equals(c.status)) {
            throw ProblemException.conflict("この保証契約は保証料入金待ちではありません。");
        }
        c.premiumSettledAt = clock.instant();
        c.status = "ACTIVE";
        issuing.issueFirstVersion(c, SuretyBranchEntity.findById(c.branchCode));
        auditing.record(staff, "PREMIUM_PAYMENT_RECORDED", contractNumber, note);
    }
}
