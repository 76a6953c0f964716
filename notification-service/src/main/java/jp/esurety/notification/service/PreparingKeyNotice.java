package jp.esurety.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.config.NotificationConfig;
import jp.esurety.notification.config.NotificationKeys;
import jp.esurety.notification.domain.DeliveryIds;
import jp.esurety.notification.domain.MessageType;
import jp.esurety.notification.domain.ProductNames;
import jp.esurety.notification.messaging.NotificationEvents;
import jp.esurety.notification.persistence.AdvisoryLocks;
import jp.esurety.notification.persistence.ApplicationContactEntity;
import jp.esurety.notification.persistence.CertificateAmendmentEntity;
import jp.esurety.notification.persistence.KeyNoticeEntity;
import jp.esurety.platform.inbox.PoisonEventException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Gathers what a key notice needs — the application's contact (ApplicationSubmitted), the certificate and its sealed
 * key (CertificateIssued) and the registration (CertificateRegistered) — in any order; once all three are known the
 * notice is complete and, if the contractor asked for it, the completion mail is queued in the same transaction.
 * An amended version (CertificateAmended + CertificateRegistered of version ≥ 2, in any order) moves the notice to
 * the new version (and key, if one was issued) and queues the amendment mail; a reissued key replaces the key.
 * Whether these two mails carry the key notice PDF is the surety company's setting
 * ({@link NotificationConfig#attachesKeyNotice}); the PDF is rendered when the mail is sent, never stored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PreparingKeyNotice {

    private static final Logger LOG = Logger.getLogger(PreparingKeyNotice.class);

    private final ObjectMapper mapper;
    private final NotificationKeys keys;
    private final MailQueue mails;
    private final NotificationConfig config;
    private final Clock clock;

    public PreparingKeyNotice(ObjectMapper mapper, NotificationKeys keys, MailQueue mails, NotificationConfig config,
                              Clock clock) {
        this.mapper = mapper;
        this.keys = keys;
        this.mails = mails;
        this.config = config;
        this.clock = clock;
    }

    public void applicationSubmitted(NotificationEvents.ApplicationSubmitted event) {
        AdvisoryLocks.lock("application", event.applicationId());
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
            contact.ordererId = event.work().obligee().ordererId();
            contact.branchCode = event.branchCode();
            contact.lineProducts = event.lines() == null ? null : event.lines().stream()
                    .map(line -> line.lineId() + "=" + line.productType()).collect(Collectors.joining(";"));
            contact.mailWanted = event.completionMail().wanted();
            contact.mailAddress = event.completionMail().address();
            contact.receivedAt = clock.instant();
            contact.persist();
        }
        mails.release(contact);
        for (KeyNoticeEntity notice : KeyNoticeEntity.ofApplication(event.applicationId())) {
            AdvisoryLocks.lock("contract", notice.contractNumber);
            completeIfReady(notice);
        }
    }

    public void certificateIssued(NotificationEvents.CertificateIssued event) {
        if (!"ELECTRONIC".equals(event.format())) {
            return;
        }
        NotificationEvents.SealedKey sealed = sealedForUs(event.sealedKeys())
                .orElseThrow(() -> new PoisonEventException("no key sealed for notification in " + event.contractNumber()));
        AdvisoryLocks.lock("application", event.applicationId());
        AdvisoryLocks.lock("contract", event.contractNumber());
        KeyNoticeEntity notice = KeyNoticeEntity.findOrNew(event.contractNumber());
        notice.applicationId = event.applicationId();
        notice.lineId = event.lineId();
        notice.contractorId = event.contractorId();
        notice.productType = event.productType();
        if (notice.version == null || notice.version < event.version()) {
            notice.version = event.version();
        }
        JsonNode issuer = event.credential().path("issuer");
        notice.issuerId = issuer.isTextual() ? issuer.asText() : issuer.path("id").asText(null);
        notice.issuerName = issuer.path("name").asText(null);
        notice.branchName = event.credential().path("credentialSubject").path("handlingBranch").path("name").asText(null);
        notice.sealedKey = json(sealed);
        notice.issuedAt = event.issuedAt();
        notice.persist();
        completeIfReady(notice);
    }

    public void certificateRegistered(NotificationEvents.CertificateRegistered event) {
        AdvisoryLocks.lock("contract", event.contractNumber());
        if (event.version() >= 2) {
            CertificateAmendmentEntity amendment = CertificateAmendmentEntity.findOrNew(event.contractNumber(), event.version());
            if (amendment.registeredAt == null) {
                amendment.registeredAt = event.registeredAt();
            }
            amendment.persist();
            completeIfReady(amendment);
            return;
        }
        KeyNoticeEntity notice = KeyNoticeEntity.findOrNew(event.contractNumber());
        if (notice.registeredAt == null) {
            notice.registeredAt = event.registeredAt();
        }
        notice.persist();
        completeIfReady(notice);
    }

    public void certificateAmended(NotificationEvents.CertificateAmended event) {
        if (!"ELECTRONIC".equals(event.format())) {
            return;
        }
        AdvisoryLocks.lock("contract", event.contractNumber());
        CertificateAmendmentEntity amendment = CertificateAmendmentEntity.findOrNew(event.contractNumber(), event.version());
        amendment.sequence = event.sequence();
        amendment.sealedKey = sealedForUs(event.sealedKeys()).map(this::json).orElse(null);
        amendment.issuedAt = event.issuedAt();
        amendment.persist();
        completeIfReady(amendment);
    }

    public void keyReissued(NotificationEvents.KeyReissued event) {
        AdvisoryLocks.lock("contract", event.contractNumber());
        KeyNoticeEntity notice = KeyNoticeEntity.findById(event.contractNumber());
        Optional<NotificationEvents.SealedKey> sealed = sealedForUs(event.sealedKeys());
        if (notice == null || sealed.isEmpty()) {
            LOG.infof("Reissued key of %s is not for a key notice here", event.contractNumber());
            return;
        }
        notice.sealedKey = json(sealed.get());
    }

    private void completeIfReady(KeyNoticeEntity notice) {
        if (!notice.readyToComplete()) {
            return;
        }
        // a contact committed while this transaction waited is seen once the application's lock is ours
        AdvisoryLocks.lock("application", notice.applicationId);
        ApplicationContactEntity contact = ApplicationContactEntity.findById(notice.applicationId);
        if (contact == null) {
            return;
        }
        notice.completedAt = clock.instant();
        mails.toContractor(keyNoticeMail(notice, MessageType.COMPLETION_MAIL, 1, Map.of()));
        for (CertificateAmendmentEntity amendment : CertificateAmendmentEntity.<CertificateAmendmentEntity>list(
                "id.contractNumber", notice.contractNumber)) {
            completeIfReady(amendment);
        }
    }

    /** An amendment applies once both its facts are in and the first version's notice is complete. */
    private void completeIfReady(CertificateAmendmentEntity amendment) {
        KeyNoticeEntity notice = KeyNoticeEntity.findById(amendment.id.contractNumber());
        if (!amendment.readyToComplete() || notice == null || notice.completedAt == null) {
            return;
        }
        amendment.completedAt = clock.instant();
        if (notice.version == null || notice.version < amendment.id.version()) {
            notice.version = amendment.id.version();
            notice.registeredAt = amendment.registeredAt;
            if (amendment.sealedKey != null) {
                notice.sealedKey = amendment.sealedKey;
            }
        }
        mails.toContractor(keyNoticeMail(notice, MessageType.AMENDMENT_REGISTERED, amendment.id.version(),
                Map.of("sequence", String.valueOf(amendment.sequence))));
    }

    /**
     * The completion or amendment mail of a version; with the key notice PDF attached when the surety company's
     * setting says so (the body then says it is attached; the key is never in the body either way).
     */
    private MailQueue.ContractorMail keyNoticeMail(KeyNoticeEntity notice, MessageType type, int version,
                                                   Map<String, String> more) {
        boolean attached = config.attachesKeyNotice(notice.issuerId);
        Map<String, String> data = new HashMap<>(more);
        data.put("contractNumber", notice.contractNumber);
        data.put("productName", ProductNames.of(notice.productType));
        data.put("keyNoticeAttached", String.valueOf(attached));
        return new MailQueue.ContractorMail(DeliveryIds.of(type, notice.contractNumber, version), type,
                notice.applicationId, notice.lineId, notice.contractNumber, data,
                attached ? RenderingDocuments.KEY_NOTICE : null, attached ? notice.contractNumber : null);
    }

    private Optional<NotificationEvents.SealedKey> sealedForUs(List<NotificationEvents.SealedKey> sealedKeys) {
        return sealedKeys == null ? Optional.empty() : sealedKeys.stream()
                .filter(k -> "notification".equals(k.recipient()) && keys.kid().equals(k.kid()))
                .findFirst();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
