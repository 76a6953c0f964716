package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;

/** 認証キー再発行 when a key leaked: a new key replaces the old one, which stops working on the registry. */
@ApplicationScoped
@Transactional
public class ReissuingKey {

    private final IssuingCertificate issuing;
    private final Auditing auditing;
    private final Outbox outbox;
    private final Clock clock;

    public ReissuingKey(IssuingCertificate issuing, Auditing auditing, Outbox outbox, Clock clock) {
        this.issuing = issuing;
        this.auditing = auditing;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void reissue(Staff staff, String contractNumber, String reason) {
        GuaranteeContractEntity c = BranchContracts.of(staff, contractNumber);
        BranchContracts.requireActive(c);
        if (!"ELECTRONIC".equals(c.format)) {
            throw ProblemException.conflict("紙の保証契約には認証キーがありません。");
        }
        Instant now = clock.instant();
        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.KEY_REISSUED, c.contractNumber,
                new IssuanceEvents.KeyReissued(c.contractNumber, now, reason, c.contractorId,
                        issuing.replaceKey(c, now)));
        auditing.record(staff, "KEY_REISSUED", c.contractNumber, reason);
    }
}
