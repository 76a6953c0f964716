package jp.esurety.issuance.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import jp.esurety.platform.events.EventTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events issuance-service publishes on {@code issuance-events} (data records, see docs/events). */
public final class IssuanceEvents {

    public static final String TOPIC = "issuance-events";
    public static final String APPLICATION_APPROVED = EventTypes.of("issuance", "ApplicationApproved");
    public static final String CERTIFICATE_ISSUED = EventTypes.of("issuance", "CertificateIssued");
    public static final String APPLICATION_UNDER_REVIEW = EventTypes.of("issuance", "ApplicationUnderReview");
    public static final String APPLICATION_REJECTED = EventTypes.of("issuance", "ApplicationRejected");
    public static final String APPLICATION_RETURNED = EventTypes.of("issuance", "ApplicationReturned");
    public static final String PREMIUM_STATEMENT_ISSUED = EventTypes.of("issuance", "PremiumStatementIssued");
    public static final String CERTIFICATE_AMENDED = EventTypes.of("issuance", "CertificateAmended");
    public static final String CERTIFICATE_CORRECTED = EventTypes.of("issuance", "CertificateCorrected");
    public static final String AMENDMENT_CANCELLED = EventTypes.of("issuance", "AmendmentCancelled");
    public static final String GUARANTEE_CANCELLED = EventTypes.of("issuance", "GuaranteeCancelled");
    public static final String GUARANTEE_EXPIRED = EventTypes.of("issuance", "GuaranteeExpired");
    public static final String KEY_REISSUED = EventTypes.of("issuance", "KeyReissued");
    public static final String SURETY_BRANCH_UPDATED = EventTypes.of("issuance", "SuretyBranchUpdated");
    public static final String CONTRACTOR_REGISTERED = EventTypes.of("issuance", "ContractorRegistered");

    private IssuanceEvents() {
    }

    public record ApplicationApproved(UUID applicationId, UUID lineId, String contractNumber, Instant approvedAt,
                                      Long premium, boolean autoApproved) {
    }

    public record Obligee(String ordererId, String name) {
    }

    /** The authentication key sealed for one consumer; the raw record never shows the key. */
    public record SealedKey(String recipient, String alg, String kid, String epk, String iv, String ct) {
    }

    public record CertificateIssued(String contractNumber, UUID applicationId, UUID lineId, int version,
                                    String versionKind, String format, String productType, Obligee obligee,
                                    String contractorId, JsonNode credential, List<SealedKey> sealedKeys,
                                    Instant issuedAt) {
    }

    public record SuretyBranchUpdated(String branchCode, String name, String companyName, String address,
                                      String tel, String fax) {
    }

    public record ContractorRegistered(String contractorId, String name, String address, String representative,
                                       boolean bulkPaymentEligible, List<JointVentureMembership> jointVentures) {
    }

    /** A joint venture (共同企業体) the contractor is a member of; {@code representative}: it is the 代表者. */
    public record JointVentureMembership(String name, boolean representative) {
    }

    public record ApplicationUnderReview(UUID applicationId, UUID lineId, UUID caseId, Instant since,
                                         List<String> reasons) {
    }

    public record ApplicationRejected(UUID applicationId, UUID lineId, UUID caseId, String reason,
                                      Instant rejectedAt) {
    }

    public record ApplicationReturned(UUID applicationId, UUID lineId, UUID caseId, String message,
                                      Instant returnedAt) {
    }

    public record StatementLine(String label, long amount) {
    }

    public record PremiumStatementIssued(UUID statementId, String contractNumber, UUID applicationId, UUID lineId,
                                         String contractorId, Instant issuedAt, String productType,
                                         List<StatementLine> lines, long premium, long consumptionTax, long total,
                                         String paymentMethod, boolean paperStatementWanted) {
    }

    public record CertificateAmended(String contractNumber, UUID applicationId, UUID lineId,
                                     UUID amendmentApplicationId, int version, String versionKind, int sequence,
                                     String changeType, String format, String productType, Obligee obligee,
                                     String contractorId, JsonNode credential, List<SealedKey> sealedKeys,
                                     Instant issuedAt) {
    }

    public record CertificateCorrected(String contractNumber, int supersededVersion, int version,
                                       JsonNode credential, List<SealedKey> sealedKeys, String reason,
                                       Instant correctedAt) {
    }

    public record AmendmentCancelled(String contractNumber, int cancelledVersion, String reason,
                                     Instant cancelledAt) {
    }

    public record Refund(List<StatementLine> lines, long total) {
    }

    public record GuaranteeCancelled(String contractNumber, Instant cancelledAt, String reason, String contractorId,
                                     Refund refund) {
    }

    public record GuaranteeExpired(String contractNumber, java.time.LocalDate guaranteeEnd, Instant expiredAt) {
    }

    public record KeyReissued(String contractNumber, Instant reissuedAt, String reason, String contractorId,
                              List<SealedKey> sealedKeys) {
    }
}
