package jp.esurety.application.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The fields application-service reads from other services' events (tolerant readers: unknown fields ignored). */
public final class IncomingEvents {

    private IncomingEvents() {
    }

    public record ApplicationApproved(UUID applicationId, UUID lineId, String contractNumber, Instant approvedAt,
                                      long premium) {
    }

    public record CertificateIssued(String contractNumber, UUID applicationId, UUID lineId, int version,
                                    String format, Instant issuedAt) {
    }

    public record CertificateRegistered(String contractNumber, int version, Instant registeredAt) {
    }

    /** The directory facts of {@code OrdererEnrolled} and {@code OrdererUpdated} (same shape). */
    public record OrdererEnrolled(String ordererId, String name, LocalDate acceptsElectronicSuretyFrom,
                                  String allowedWorksRule, String allowedWorks) {
    }

    /** The register's facts of a contractor; {@code jointVentures} is absent in older events (read as none). */
    public record ContractorRegistered(String contractorId, String name, String address, String representative,
                                       boolean bulkPaymentEligible, List<JointVenture> jointVentures) {

        public List<JointVenture> jointVenturesOrNone() {
            return jointVentures == null ? List.of() : jointVentures;
        }
    }

    /** A joint venture (共同企業体) the contractor is a member of, and whether it is the representative (代表者). */
    public record JointVenture(String name, boolean representative) {
    }

    public record SuretyBranchUpdated(String branchCode, String name, String companyName) {
    }

    public record ApplicationUnderReview(UUID applicationId, UUID lineId, UUID caseId, Instant since,
                                         List<String> reasons) {
    }

    public record ApplicationReturned(UUID applicationId, UUID lineId, UUID caseId, String message,
                                      Instant returnedAt) {
    }

    public record ApplicationRejected(UUID applicationId, UUID lineId, UUID caseId, String reason,
                                      Instant rejectedAt) {
    }

    public record CertificateAmended(String contractNumber, UUID applicationId, UUID lineId,
                                     UUID amendmentApplicationId, int version, Instant issuedAt) {
    }

    public record MailDelivered(UUID deliveryId, String messageType, String contractNumber, UUID applicationId,
                                UUID lineId, String to, Instant sentAt) {
    }
}
