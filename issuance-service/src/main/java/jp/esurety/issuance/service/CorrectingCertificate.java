package jp.esurety.issuance.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.CertificateVersionEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
import jp.esurety.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 訂正: staff correct the latest version; it is superseded (hidden from the history) by a new version of the same
 * kind and 変更 sequence, same key ({@code CertificateCorrected}).
 */
@ApplicationScoped
@Transactional
public class CorrectingCertificate {

    public record Correction(Long guaranteeAmount, LocalDate guaranteeEnd, String depositBank, String workName,
                             String reason) {
    }

    private final IssuingCertificate issuing;
    private final Auditing auditing;
    private final Outbox outbox;
    private final Clock clock;

    public CorrectingCertificate(IssuingCertificate issuing, Auditing auditing, Outbox outbox, Clock clock) {
        this.issuing = issuing;
        this.auditing = auditing;
        this.outbox = outbox;
        this.clock = clock;
    }

    public int correct(Staff staff, String contractNumber, Correction correction) {
        GuaranteeContractEntity c = BranchContracts.of(staff, contractNumber);
        BranchContracts.requireActive(c);
        CertificateVersionEntity latest = CertificateVersionEntity.latestVisible(c.contractNumber);
        if (latest == null) {
            throw jp.esurety.platform.problem.ProblemException.conflict("訂正する保証証書がありません。");
        }
        if (correction.guaranteeAmount() != null) {
            c.guaranteeAmount = correction.guaranteeAmount();
        }
        if (correction.guaranteeEnd() != null) {
            c.guaranteeEnd = correction.guaranteeEnd();
        }
        if (correction.depositBank() != null) {
            c.depositBank = correction.depositBank();
        }
        if (correction.workName() != null) {
            c.workName = correction.workName();
        }
        Instant now = clock.instant();
        latest.superseded = true;
        int version = CertificateVersionEntity.maxVersion(c.contractNumber) + 1;
        ObjectNode signed = issuing.signVersion(c, SuretyBranchEntity.findById(c.branchCode), version,
                latest.versionKind, latest.sequence, latest.amendmentApplicationId, now);
        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.CERTIFICATE_CORRECTED, c.contractNumber,
                new IssuanceEvents.CertificateCorrected(c.contractNumber, latest.version, version, signed,
                        issuing.sealExistingKey(c), correction.reason(), now));
        auditing.record(staff, "CERTIFICATE_CORRECTED", c.contractNumber,
                "v" + latest.version + " -> v" + version + ": " + correction.reason());
        return version;
    }
}
