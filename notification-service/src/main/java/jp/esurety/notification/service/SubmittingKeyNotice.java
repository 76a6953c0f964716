package jp.esurety.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.domain.DeliveryIds;
import jp.esurety.notification.domain.MessageType;
import jp.esurety.notification.domain.ProductNames;
import jp.esurety.notification.domain.SubmissionSubject;
import jp.esurety.notification.persistence.ApplicationContactEntity;
import jp.esurety.notification.persistence.KeyNoticeEntity;
import jp.esurety.notification.persistence.KeyNoticeSubmissionEntity;
import jp.esurety.notification.persistence.MailDeliveryEntity;
import jp.esurety.notification.persistence.OrdererSettingEntity;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * 発注者への提出: the contractor has its key notice mailed to the orderer's submission address, under the subject the
 * orderer mandates; the PDF is rendered (and the key unsealed) only when the mail is sent. Recorded with when and to
 * whom; refused when the orderer takes no submissions by mail (then the contractor uploads the PDF itself).
 */
@ApplicationScoped
@Transactional
public class SubmittingKeyNotice {

    private final MailQueue mails;
    private final Clock clock;

    public SubmittingKeyNotice(MailQueue mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    /** A submission as the contractor sees it; {@code sentAt} is empty until the mail went out. */
    public record Submission(UUID submissionId, String contractNumber, String ordererName, String recipient,
                             String subject, Instant requestedAt, String status, Instant sentAt) {
    }

    /** Empty when the notice is unknown, incomplete or not this contractor's. */
    public Optional<Submission> submit(String contractNumber, String contractorId, String requestedBy) {
        KeyNoticeEntity notice = KeyNoticeEntity.findById(contractNumber);
        if (notice == null || notice.completedAt == null || !contractorId.equals(notice.contractorId)) {
            return Optional.empty();
        }
        ApplicationContactEntity contact = ApplicationContactEntity.findById(notice.applicationId);
        OrdererSettingEntity orderer = contact.ordererId == null ? null : OrdererSettingEntity.findById(contact.ordererId);
        if (orderer == null || orderer.submissionAddress == null) {
            throw ProblemException.ruleViolated("orderer-takes-no-mail-submission", null,
                    "発注者（" + contact.obligeeName + "）は電子メールでの提出を受け付けていません。"
                            + "「認証キー」のお知らせ (PDF) をダウンロードし、発注者の電子契約システムにアップロードしてください。");
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("obligeeName", orderer.name);
        data.put("contractorName", contact.contractorName);
        data.put("workName", contact.workName);
        data.put("ordererWorkNumber", contact.ordererWorkNumber == null ? "" : contact.ordererWorkNumber);
        data.put("productName", ProductNames.of(notice.productType));
        data.put("contractNumber", contractNumber);
        String subject = SubmissionSubject.of(orderer.subjectTemplate, Map.of("工事番号", data.get("ordererWorkNumber"),
                "工事名", contact.workName, "保証契約番号", contractNumber, "受注者名", contact.contractorName,
                "商品", data.get("productName")));
        data.put("subject", subject);

        KeyNoticeSubmissionEntity submission = new KeyNoticeSubmissionEntity();
        submission.id = UUID.randomUUID();
        submission.contractNumber = contractNumber;
        submission.ordererId = orderer.ordererId;
        submission.recipient = orderer.submissionAddress;
        submission.subject = subject;
        submission.requestedBy = requestedBy;
        submission.requestedAt = clock.instant();
        submission.deliveryId = DeliveryIds.of(MessageType.KEY_NOTICE_SUBMISSION, submission.id);
        submission.persist();
        mails.toAddress(submission.deliveryId, MessageType.KEY_NOTICE_SUBMISSION, orderer.submissionAddress,
                contact.branchCode, contractNumber, notice.applicationId, notice.lineId, data,
                RenderingDocuments.KEY_NOTICE, contractNumber);
        return Optional.of(view(submission, orderer.name));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<Submission>> list(String contractNumber, String contractorId) {
        KeyNoticeEntity notice = KeyNoticeEntity.findById(contractNumber);
        if (notice == null || !contractorId.equals(notice.contractorId)) {
            return Optional.empty();
        }
        return Optional.of(KeyNoticeSubmissionEntity.ofContract(contractNumber).stream().map(s -> {
            OrdererSettingEntity orderer = OrdererSettingEntity.findById(s.ordererId);
            return view(s, orderer == null ? s.ordererId : orderer.name);
        }).toList());
    }

    private static Submission view(KeyNoticeSubmissionEntity s, String ordererName) {
        MailDeliveryEntity delivery = MailDeliveryEntity.findById(s.deliveryId);
        return new Submission(s.id, s.contractNumber, ordererName, s.recipient, s.subject, s.requestedAt,
                delivery == null ? MailDeliveryEntity.PENDING : delivery.status, delivery == null ? null : delivery.sentAt);
    }
}
