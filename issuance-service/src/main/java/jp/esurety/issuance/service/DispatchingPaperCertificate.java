package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.persistence.CertificateVersionEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;

/** Staff record how a paper certificate left the branch: at the window (窓口, WINDOW) or by post (郵送, POST). */
@ApplicationScoped
@Transactional
public class DispatchingPaperCertificate {

    private final Auditing auditing;
    private final Clock clock;

    public DispatchingPaperCertificate(Auditing auditing, Clock clock) {
        this.auditing = auditing;
        this.clock = clock;
    }

    public void dispatch(Staff staff, String contractNumber, String method) {
        GuaranteeContractEntity c = BranchContracts.of(staff, contractNumber);
        if (!"PAPER".equals(c.format) || CertificateVersionEntity.latestVisible(c.contractNumber) == null) {
            throw ProblemException.conflict("発行済みの紙の保証証書ではありません。");
        }
        if (!"WINDOW".equals(method) && !"POST".equals(method)) {
            throw ProblemException.ruleViolated("paper-dispatch-method", "method", "受取方法は窓口 (WINDOW) か郵送 (POST) です。");
        }
        c.paperDispatchMethod = method;
        c.paperDispatchedAt = clock.instant();
        auditing.record(staff, "PAPER_CERTIFICATE_DISPATCHED", c.contractNumber, method);
    }
}
