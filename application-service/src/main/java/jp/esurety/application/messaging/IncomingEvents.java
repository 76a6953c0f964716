package jp.esurety.application.messaging;

import java.time.Instant;
import java.time.LocalDate;
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

    public record OrdererEnrolled(String ordererId, String name, LocalDate acceptsElectronicSuretyFrom,
                                  String allowedWorksRule) {
    }

    public record ContractorRegistered(String contractorId, String name, boolean bulkPaymentEligible) {
    }

    public record SuretyBranchUpdated(String branchCode, String name, String companyName) {
    }
}
