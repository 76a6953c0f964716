package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.CertificateVersionEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 変更取消: staff cancel the latest 変更; its version is superseded (hidden from the history) and the contract
 * returns to the amount and 保証期限 of the version before it ({@code AmendmentCancelled}).
 */
@ApplicationScoped
@Transactional
public class CancellingAmendment {

    private final Auditing auditing;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public CancellingAmendment(Auditing auditing, Outbox outbox, ObjectMapper mapper, Clock clock) {
        this.auditing = auditing;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    public int cancel(Staff staff, String contractNumber, String reason) {
        GuaranteeContractEntity c = BranchContracts.of(staff, contractNumber);
        BranchContracts.requireActive(c);
        CertificateVersionEntity latest = CertificateVersionEntity.latestVisible(c.contractNumber);
        if (latest == null || !"AMENDMENT".equals(latest.versionKind)) {
            throw ProblemException.conflict("取り消す変更がありません。");
        }
        latest.superseded = true;
        CertificateVersionEntity previous = CertificateVersionEntity.latestVisible(c.contractNumber);
        try {
            JsonNode subject = mapper.readTree(previous.credential).get("credentialSubject");
            c.guaranteeAmount = subject.get("guaranteeAmount").asLong();
            c.guaranteeEnd = LocalDate.parse(subject.get("guaranteeEnd").asText());
            c.contractAmount = subject.get("work").get("contractAmount").asLong();
            c.periodTo = LocalDate.parse(subject.get("work").get("periodTo").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Instant now = clock.instant();
        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.AMENDMENT_CANCELLED, c.contractNumber,
                new IssuanceEvents.AmendmentCancelled(c.contractNumber, latest.version, reason, now));
        auditing.record(staff, "AMENDMENT_CANCELLED", c.contractNumber, "v" + latest.version + ": " + reason);
        return latest.version;
    }
}
