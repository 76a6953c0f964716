package jp.esurety.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jp.esurety.notification.config.NotificationKeys;
import jp.esurety.notification.domain.CompletionMail;
import jp.esurety.notification.domain.ProductNames;
import jp.esurety.notification.messaging.NotificationEvents;
import jp.esurety.notification.persistence.ApplicationContactEntity;
import jp.esurety.notification.persistence.KeyNoticeEntity;
import jp.esurety.notification.persistence.MailDeliveryEntity;
import jp.esurety.platform.inbox.PoisonEventException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Gathers what a key notice needs — the application's contact (ApplicationSubmitted), the certificate and its sealed
 * key (CertificateIssued) and the registration (CertificateRegistered) — in any order; once all three are known the
 * notice is complete and, if the contractor asked for it, the completion mail is queued in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PreparingKeyNotice {

    private final ObjectMapper mapper;
    private final NotificationKeys keys;
    private final Event<MailQueued> mailQueued;
    private final Clock clock;

    public PreparingKeyNotice(ObjectMapper mapper, NotificationKeys keys, Event<MailQueued> mailQueued, Clock clock) {
        this.mapper = mapper;
        this.keys = keys;
        this.mailQueued = mailQueued;
        this.clock = clock;
    }

    public void applicationSubmitted(NotificationEvents.ApplicationSubmitted event) {
        ApplicationContactEntity contact = ApplicationContactEntity.findById(event.applicationId());
        if (contact == null) {
            contact = new ApplicationContactEntity();
            contact.applicationId = event.applicationId();
            contact.contractorId = event.contractor().contractorId();
            contact.contractorName = event.contractor().name();
            NotificationEvents.JointVenture jv = event.work().jointVenture();
            contact.jvName = jv == null ? null : jv.name();
            contact.workName = event.work().name();
            contact.ordererWorkNumber = event.work().ordererWorkNumber();
            contact.obligeeName = event.work().obligee().name();
            contact.mailWanted = event.completionMail().wanted();
            contact.mailAddress = event.completionMail().address();
            contact.receivedAt = clock.instant();
            contact.persist();
        }
        for (KeyNoticeEntity notice : KeyNoticeEntity.ofApplication(event.applicationId())) {
            completeIfReady(notice);
        }
    }

    public void certificateIssued(NotificationEvents.CertificateIssued event) {
        if (!"ELECTRONIC".equals(event.format())) {
            return;
        }
        NotificationEvents.SealedKey sealed = event.sealedKeys().stream()
                .filter(k -> "notification".equals(k.recipient()) && keys.kid().equals(k.kid()))
                .findFirst()
                .orElseThrow(() -> new PoisonEventException("no key sealed for notification in " + event.contractNumber()));
        KeyNoticeEntity notice = KeyNoticeEntity.findOrNew(event.contractNumber());
        notice.applicationId = event.applicationId();
        notice.lineId = event.lineId();
        notice.contractorId = event.contractorId();
        notice.productType = event.productType();
        notice.version = event.version();
        notice.issuerName = event.credential().path("issuer").path("name").asText(null);
        notice.branchName = event.credential().path("credentialSubject").path("handlingBranch").path("name").asText(null);
        notice.sealedKey = json(sealed);
        notice.issuedAt = event.issuedAt();
        notice.persist();
        completeIfReady(notice);
    }

    public void certificateRegistered(NotificationEvents.CertificateRegistered event) {
        KeyNoticeEntity notice = KeyNoticeEntity.findOrNew(event.contractNumber());
        if (notice.registeredAt == null) {
            notice.registeredAt = event.registeredAt();
        }
        notice.persist();
        completeIfReady(notice);
    }

    private void completeIfReady(KeyNoticeEntity notice) {
        if (!notice.readyToComplete()) {
            return;
        }
        ApplicationContactEntity contact = ApplicationContactEntity.findById(notice.applicationId);
        if (contact == null) {
            return;
        }
        Instant now = clock.instant();
        notice.completedAt = now;
        if (contact.mailWanted && contact.mailAddress != null) {
            CompletionMail mail = CompletionMail.compose(contact.contractorName, contact.workName,
                    ProductNames.of(notice.productType), notice.contractNumber, notice.issuerName, notice.branchName);
            MailDeliveryEntity delivery = new MailDeliveryEntity();
            delivery.id = UUID.randomUUID();
            delivery.messageType = "COMPLETION_MAIL";
            delivery.contractNumber = notice.contractNumber;
            delivery.applicationId = notice.applicationId;
            delivery.lineId = notice.lineId;
            delivery.recipient = contact.mailAddress;
            delivery.subject = mail.subject();
            delivery.body = mail.body();
            delivery.status = "PENDING";
            delivery.createdAt = now;
            delivery.persist();
            mailQueued.fire(new MailQueued(delivery.id));
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fired when a mail is queued; delivery starts once the transaction has committed. */
    public record MailQueued(UUID deliveryId) {
    }
}
