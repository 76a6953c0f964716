package jp.esurety.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import jp.esurety.platform.events.EventTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events notification publishes, and the fields it reads from other services' events. */
public final class NotificationEvents {

    public static final String TOPIC = "notification-events";
    public static final String MAIL_DELIVERED = EventTypes.of("notification", "MailDelivered");
    public static final String MAIL_FAILED = EventTypes.of("notification", "MailFailed");

    private NotificationEvents() {
    }

    public record MailDelivered(UUID deliveryId, String messageType, String contractNumber, UUID applicationId,
                                UUID lineId, String to, String messageId, Instant sentAt) {
    }

    public record MailFailed(UUID deliveryId, String messageType, String contractNumber, UUID applicationId,
                             UUID lineId, int attempts, String lastError, Instant failedAt) {
    }

    public record ApplicationSubmitted(UUID applicationId, Contractor contractor, String branchCode, Work work,
                                       List<Line> lines, CompletionMail completionMail) {
    }

    public record Line(UUID lineId, String productType, String format) {
    }

    public record Contractor(String contractorId, String name) {
    }

    public record Obligee(String ordererId, String name) {
    }

    public record JointVenture(String name, boolean representative) {
    }

    public record Work(String name, String ordererWorkNumber, Obligee obligee, JointVenture jointVenture) {
    }

    public record CompletionMail(boolean wanted, String address) {
    }

    public record CertificateIssued(String contractNumber, UUID applicationId, UUID lineId, int version,
                                    String format, String productType, String contractorId, JsonNode credential,
                                    List<SealedKey> sealedKeys, Instant issuedAt) {
    }

    public record SealedKey(String recipient, String alg, String kid, String epk, String iv, String ct) {
    }

    public record CertificateRegistered(String contractNumber, int version, Instant registeredAt) {
    }

    public record CertificateAmended(String contractNumber, UUID applicationId, UUID lineId, int version,
                                     int sequence, String format, String productType, String contractorId,
                                     List<SealedKey> sealedKeys, Instant issuedAt) {
    }

    public record KeyReissued(String contractNumber, Instant reissuedAt, List<SealedKey> sealedKeys) {
    }

    public record ApplicationReturned(UUID applicationId, UUID lineId, UUID caseId, String message,
                                      Instant returnedAt) {
    }

    public record ApplicationRejected(UUID applicationId, UUID lineId, UUID caseId, String reason,
                                      Instant rejectedAt) {
    }

    public record PremiumStatementIssued(UUID statementId, String contractNumber, UUID applicationId, UUID lineId,
                                         String contractorId, Instant issuedAt, String productType,
                                         List<StatementLine> lines, long premium, long consumptionTax, long total,
                                         String paymentMethod) {
    }

    public record StatementLine(String label, long amount) {
    }

    public record GuaranteeCancelled(String contractNumber, Instant cancelledAt, String reason, String contractorId,
                                     Refund refund) {
    }

    public record Refund(List<StatementLine> lines, long total) {
    }

    /** OrdererEnrolled / OrdererUpdated: the fields notification keeps. */
    public record OrdererSettings(String ordererId, String name, String submissionAddress, String subjectTemplate,
                                  Boolean printoutRequired) {
    }

    /** AdvanceClaimIssued: the 前払金請求書 and the 前払金専用口座 it names. */
    public record AdvanceClaimIssued(UUID claimId, String contractNumber, String contractorId, String contractorName,
                                     String branchCode, String productType, String ordererName, String workName,
                                     long claimAmount, DepositAccount depositAccount, Instant issuedAt) {
    }

    public record DepositAccount(String bankCode, String bankName, String branchCode, String branchName,
                                 String accountType, String accountNumber, String holderKana) {
    }

    /** WithdrawalApproved: the approved 払出依頼 and the balance (前払金払出予定) after it. */
    public record WithdrawalApproved(UUID withdrawalId, String contractNumber, String contractorId, String branchCode,
                                     String category, String label, long amount, Payee payee, Balance balance,
                                     Instant approvedAt) {
    }

    public record Payee(String name, String bankCode, String branchCode, String accountType, String accountNumber,
                        String holderKana) {
    }

    public record Balance(List<BalanceLine> categories, long planned, long withdrawn, long remaining) {
    }

    public record BalanceLine(String category, String label, long planned, long withdrawn, long remaining) {
    }
}
