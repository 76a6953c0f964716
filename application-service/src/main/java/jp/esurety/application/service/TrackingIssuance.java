package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.domain.LineStatus;
import jp.esurety.application.messaging.IncomingEvents;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.ApplicationLineEntity;
import jp.esurety.application.persistence.EarlyRegistrationEntity;
import jp.esurety.platform.inbox.PoisonEventException;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Follows a line through underwriting, issuance and the registry: 審査中 | 差戻し | 否決 | 承認済 → 発行済 → 電子保証発行済,
 * the surety's messages (弊社からお客様へのお知らせ) and when the completion mail went out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TrackingIssuance {

    public void underReview(IncomingEvents.ApplicationUnderReview event) {
        line(event.lineId()).advanceTo(LineStatus.UNDER_REVIEW);
    }

    /** 差戻し: the contractor fixes the application and resubmits it; the surety's message is shown to it. */
    public void returned(IncomingEvents.ApplicationReturned event) {
        ApplicationLineEntity line = line(event.lineId());
        if (line.advanceTo(LineStatus.RETURNED)) {
            note(line, event.message(), event.returnedAt());
        }
    }

    public void rejected(IncomingEvents.ApplicationRejected event) {
        ApplicationLineEntity line = line(event.lineId());
        if (line.advanceTo(LineStatus.REJECTED)) {
            note(line, event.reason(), event.rejectedAt());
        }
    }

    public void approved(IncomingEvents.ApplicationApproved event) {
        ApplicationLineEntity line = line(event.lineId());
        if (line.status == LineStatus.WITHDRAWN) {
            return; // the surety learns of the withdrawal from ApplicationWithdrawn
        }
        line.contractNumber = event.contractNumber();
        line.premium = event.premium();
        line.approvedAt = event.approvedAt();
        line.advanceTo(LineStatus.APPROVED);
        applyParkedRegistration(line);
    }

    public void issued(IncomingEvents.CertificateIssued event) {
        ApplicationLineEntity line = line(event.lineId());
        if (line.status == LineStatus.WITHDRAWN) {
            return;
        }
        line.contractNumber = event.contractNumber();
        if (line.issuedAt == null) {
            line.issuedAt = event.issuedAt();
        }
        line.advanceTo(LineStatus.ISSUED);
        applyParkedRegistration(line);
    }

    /** A changed certificate was issued for a 変更申込: its application's line is 発行済. */
    public void amended(IncomingEvents.CertificateAmended event) {
        if (event.amendmentApplicationId() == null) {
            return;
        }
        ApplicationEntity.<ApplicationEntity>findByIdOptional(event.amendmentApplicationId())
                .ifPresent(amendment -> amendment.lines.forEach(line -> {
                    if (line.issuedAt == null) {
                        line.issuedAt = event.issuedAt();
                    }
                    line.advanceTo(LineStatus.ISSUED);
                }));
    }

    /**
     * DOMAIN rule 8: the history shows when the certificate reached the registry. The registry's event may overtake
     * the issuance event that gives the line its contract number (two topics, consumed independently): it is then
     * parked and applied when that event arrives, never dropped.
     */
    public void registered(IncomingEvents.CertificateRegistered event) {
        ApplicationLineEntity.findByContractNumber(event.contractNumber()).ifPresentOrElse(
                line -> markRegistered(line, event.registeredAt()),
                () -> park(event));
    }

    private static void park(IncomingEvents.CertificateRegistered event) {
        EarlyRegistrationEntity parked = EarlyRegistrationEntity.findById(event.contractNumber());
        if (parked == null) {
            parked = new EarlyRegistrationEntity();
            parked.contractNumber = event.contractNumber();
            parked.registeredAt = event.registeredAt();
            parked.receivedAt = Instant.now();
            parked.persist();
        } else if (event.registeredAt().isBefore(parked.registeredAt)) {
            parked.registeredAt = event.registeredAt(); // 電子保証発行日時 is the first version's
        }
    }

    private static void applyParkedRegistration(ApplicationLineEntity line) {
        if (line.contractNumber == null || line.application.kind.equals("AMENDMENT")) {
            return;
        }
        EarlyRegistrationEntity parked = EarlyRegistrationEntity.findById(line.contractNumber);
        if (parked != null) {
            markRegistered(line, parked.registeredAt);
            parked.delete();
        }
    }

    private static void markRegistered(ApplicationLineEntity line, Instant registeredAt) {
        if (line.status == LineStatus.WITHDRAWN) {
            return;
        }
        if (line.registeredAt == null || registeredAt.isBefore(line.registeredAt)) {
            line.registeredAt = registeredAt;
        }
        line.advanceTo(LineStatus.REGISTERED);
    }

    /** The completion mail (電子保証（認証キー）発行完了のお知らせ) was sent: its time is shown on the line. */
    public void mailDelivered(IncomingEvents.MailDelivered event) {
        if (!"COMPLETION_MAIL".equals(event.messageType())) {
            return;
        }
        Optional<ApplicationLineEntity> line = event.lineId() != null
                ? ApplicationLineEntity.findByIdOptional(event.lineId())
                : Optional.ofNullable(event.contractNumber()).flatMap(ApplicationLineEntity::findByContractNumber);
        line.filter(l -> l.completionMailSentAt == null).ifPresent(l -> l.completionMailSentAt = event.sentAt());
    }

    private static void note(ApplicationLineEntity line, String message, Instant at) {
        line.suretyMessage = message;
        line.suretyMessageAt = at;
    }

    private static ApplicationLineEntity line(UUID lineId) {
        return ApplicationLineEntity.<ApplicationLineEntity>findByIdOptional(lineId)
                .orElseThrow(() -> new PoisonEventException("unknown application line " + lineId));
    }
}
