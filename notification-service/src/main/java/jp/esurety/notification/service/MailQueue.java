package jp.esurety.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jp.esurety.notification.config.NotificationConfig;
import jp.esurety.notification.domain.MailContent;
import jp.esurety.notification.domain.MessageType;
import jp.esurety.notification.domain.ProductNames;
import jp.esurety.notification.mail.MailTemplates;
import jp.esurety.notification.persistence.AdvisoryLocks;
import jp.esurety.notification.persistence.ApplicationContactEntity;
import jp.esurety.notification.persistence.HeldMailEntity;
import jp.esurety.notification.persistence.MailDeliveryEntity;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Puts mails into the mail outbox inside the deciding transaction. A delivery id that is already queued (a
 * redelivered or re-published event) is ignored; a contractor mail whose application contact is not known yet is
 * held until {@code ApplicationSubmitted} arrives; mails go only to contractors who asked for them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MailQueue {

    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    private final MailTemplates templates;
    private final NotificationConfig config;
    private final ObjectMapper mapper;
    private final Event<MailQueued> mailQueued;
    private final Clock clock;

    public MailQueue(MailTemplates templates, NotificationConfig config, ObjectMapper mapper,
                     Event<MailQueued> mailQueued, Clock clock) {
        this.templates = templates;
        this.config = config;
        this.mapper = mapper;
        this.mailQueued = mailQueued;
        this.clock = clock;
    }

    /**
     * A mail to the contractor of an application about one of its lines (or the whole application), optionally with
     * a document rendered at send time ({@code attachmentKind}, e.g. {@link RenderingDocuments#KEY_NOTICE}).
     */
    public record ContractorMail(UUID deliveryId, MessageType type, UUID applicationId, UUID lineId,
                                 String contractNumber, Map<String, String> data, String attachmentKind,
                                 String attachmentRef) {

        /** A mail without attachment. */
        public ContractorMail(UUID deliveryId, MessageType type, UUID applicationId, UUID lineId,
                              String contractNumber, Map<String, String> data) {
            this(deliveryId, type, applicationId, lineId, contractNumber, data, null, null);
        }
    }

    /** Queues a contractor mail now, or holds it until the application's contact is known. */
    public void toContractor(ContractorMail mail) {
        AdvisoryLocks.lock("application", mail.applicationId());
        if (MailDeliveryEntity.findById(mail.deliveryId()) != null || HeldMailEntity.findById(mail.deliveryId()) != null) {
            return;
        }
        ApplicationContactEntity contact = ApplicationContactEntity.findById(mail.applicationId());
        if (contact == null) {
            HeldMailEntity held = new HeldMailEntity();
            held.deliveryId = mail.deliveryId();
            held.applicationId = mail.applicationId();
            held.messageType = mail.type().name();
            held.contractNumber = mail.contractNumber();
            held.lineId = mail.lineId();
            held.data = json(mail.data());
            held.attachmentKind = mail.attachmentKind();
            held.attachmentRef = mail.attachmentRef();
            held.heldAt = clock.instant();
            held.persist();
            return;
        }
        queueFor(contact, mail);
    }

    /** Releases the mails held for an application whose contact has just arrived. */
    public void release(ApplicationContactEntity contact) {
        for (HeldMailEntity held : HeldMailEntity.ofApplication(contact.applicationId)) {
            queueFor(contact, new ContractorMail(held.deliveryId, MessageType.valueOf(held.messageType),
                    held.applicationId, held.lineId, held.contractNumber, map(held.data), held.attachmentKind,
                    held.attachmentRef));
            held.delete();
        }
    }

    /** A mail to any address (e.g. an orderer's submission address), with an attachment rendered at send time. */
    public void toAddress(UUID deliveryId, MessageType type, String recipient, String branchCode,
                          String contractNumber, UUID applicationId, UUID lineId, Map<String, String> data,
                          String attachmentKind, String attachmentRef) {
        if (MailDeliveryEntity.findById(deliveryId) != null) {
            return;
        }
        MailDeliveryEntity delivery = delivery(deliveryId, type, recipient, branchCode, data);
        delivery.contractNumber = contractNumber;
        delivery.applicationId = applicationId;
        delivery.lineId = lineId;
        delivery.attachmentKind = attachmentKind;
        delivery.attachmentRef = attachmentRef;
        delivery.persist();
        mailQueued.fire(new MailQueued(delivery.id));
    }

    private void queueFor(ApplicationContactEntity contact, ContractorMail mail) {
        if (!contact.mailWanted || contact.mailAddress == null || contact.mailAddress.isBlank()) {
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("contractorName", contact.contractorName);
        data.put("workName", contact.workName);
        data.put("productName", ProductNames.of(contact.productTypeOf(mail.lineId())));
        data.putAll(mail.data());
        toAddress(mail.deliveryId(), mail.type(), contact.mailAddress, contact.branchCode, mail.contractNumber(),
                mail.applicationId(), mail.lineId(), data, mail.attachmentKind(), mail.attachmentRef());
    }

    private MailDeliveryEntity delivery(UUID id, MessageType type, String recipient, String branchCode,
                                        Map<String, String> data) {
        MailContent content = templates.render(type, withCommonData(data, branchCode));
        Instant now = clock.instant();
        MailDeliveryEntity delivery = new MailDeliveryEntity();
        delivery.id = id;
        delivery.messageType = type.name();
        delivery.recipient = recipient;
        delivery.replyTo = config.mail().replyTo().orElse(null);
        delivery.subject = content.subject();
        delivery.body = content.text();
        delivery.htmlBody = content.html();
        delivery.status = MailDeliveryEntity.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    /** Sender and the handling branch's contact (取扱箇所), shared by every template. */
    private Map<String, String> withCommonData(Map<String, String> data, String branchCode) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("companyName", config.mail().companyName());
        all.put("netDeskUrl", config.mail().netDeskUrl());
        NotificationConfig.Branch branch = branchCode == null ? null : config.branches().get(branchCode);
        all.put("branchName", config.branchName(branchCode));
        all.put("branchTel", branch == null ? "" : branch.tel().orElse(""));
        all.put("branchEmail", branch == null ? "" : branch.email().orElse(""));
        data.forEach((key, value) -> all.put(key, value == null ? "" : value));
        return all;
    }

    private String json(Map<String, String> data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> map(String json) {
        try {
            return mapper.readValue(json, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("held mail data is unreadable", e);
        }
    }

    /** Fired when a mail is queued; delivery starts once the transaction has committed. */
    public record MailQueued(UUID deliveryId) {
    }
}
