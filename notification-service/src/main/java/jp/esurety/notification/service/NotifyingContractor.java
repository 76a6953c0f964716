package jp.esurety.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.domain.DeliveryIds;
import jp.esurety.notification.domain.MessageType;
import jp.esurety.notification.domain.ProductNames;
import jp.esurety.notification.messaging.NotificationEvents;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The surety company's other messages to the contractor: an application returned (差戻し) or rejected (否決), and a
 * premium statement issued. Mailed only when the application asked for mails; held until its contact is known.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotifyingContractor {

    private final MailQueue mails;

    public NotifyingContractor(MailQueue mails) {
        this.mails = mails;
    }

    public void applicationReturned(NotificationEvents.ApplicationReturned event) {
        mails.toContractor(new MailQueue.ContractorMail(
                DeliveryIds.of(MessageType.APPLICATION_RETURNED, event.caseId(), event.lineId(), event.returnedAt()),
                MessageType.APPLICATION_RETURNED, event.applicationId(), event.lineId(), null,
                Map.of("message", event.message())));
    }

    public void applicationRejected(NotificationEvents.ApplicationRejected event) {
        mails.toContractor(new MailQueue.ContractorMail(
                DeliveryIds.of(MessageType.APPLICATION_REJECTED, event.caseId(), event.lineId()),
                MessageType.APPLICATION_REJECTED, event.applicationId(), event.lineId(), null,
                Map.of("reason", event.reason())));
    }

    public void premiumStatementIssued(NotificationEvents.PremiumStatementIssued event) {
        mails.toContractor(new MailQueue.ContractorMail(
                DeliveryIds.of(MessageType.PREMIUM_STATEMENT, event.statementId()),
                MessageType.PREMIUM_STATEMENT, event.applicationId(), event.lineId(), event.contractNumber(),
                Map.of("contractNumber", event.contractNumber(), "productName", ProductNames.of(event.productType()),
                        "total", NumberFormat.getIntegerInstance(Locale.JAPAN).format(event.total()) + "円")));
    }
}
