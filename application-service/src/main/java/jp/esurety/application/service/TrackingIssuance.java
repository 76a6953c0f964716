package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.domain.LineStatus;
import jp.esurety.application.messaging.IncomingEvents;
import jp.esurety.application.persistence.ApplicationLineEntity;
import jp.esurety.platform.inbox.PoisonEventException;

import java.util.UUID;

/** Follows a line through issuance and the registry: 承認済 → 発行済 → 電子保証発行済. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TrackingIssuance {

    public void approved(IncomingEvents.ApplicationApproved event) {
        ApplicationLineEntity line = line(event.lineId());
        line.contractNumber = event.contractNumber();
        line.premium = event.premium();
        line.approvedAt = event.approvedAt();
        line.advanceTo(LineStatus.APPROVED);
    }

    public void issued(IncomingEvents.CertificateIssued event) {
        ApplicationLineEntity line = line(event.lineId());
        line.contractNumber = event.contractNumber();
        if (line.issuedAt == null) {
            line.issuedAt = event.issuedAt();
        }
        line.advanceTo(LineStatus.ISSUED);
    }

    /** Rule 8: the history shows when the certificate reached the registry. */
    public void registered(IncomingEvents.CertificateRegistered event) {
        ApplicationLineEntity.findByContractNumber(event.contractNumber()).ifPresentOrElse(line -> {
            if (line.registeredAt == null) {
                line.registeredAt = event.registeredAt();
            }
            line.advanceTo(LineStatus.REGISTERED);
        }, () -> {
            throw new IllegalStateException("no line yet with contract number " + event.contractNumber());
        });
    }

    private static ApplicationLineEntity line(UUID lineId) {
        return ApplicationLineEntity.<ApplicationLineEntity>findByIdOptional(lineId)
                .orElseThrow(() -> new PoisonEventException("unknown application line " + lineId));
    }
}
