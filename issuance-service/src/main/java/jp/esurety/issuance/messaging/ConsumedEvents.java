package jp.esurety.issuance.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The fields issuance reads from other services' events (tolerant readers). */
public final class ConsumedEvents {

    private ConsumedEvents() {
    }

    public record ApplicationSubmitted(UUID applicationId, String kind, Contractor contractor, String branchCode,
                                       Work work, List<Line> lines, Boolean resubmission) {

        /** The contractor resubmits an application the surety returned (差戻し): same application and line ids. */
        public boolean resubmitted() {
            return Boolean.TRUE.equals(resubmission);
        }
    }

    public record Contractor(String contractorId, String name) {
    }

    public record Obligee(String ordererId, String name) {
    }

    public record JointVenture(String name, boolean representative) {
    }

    public record Work(String name, Obligee obligee, String workType, long contractAmount, LocalDate periodFrom,
                       LocalDate periodTo, LocalDate contractDate, JointVenture jointVenture,
                       boolean electronicPermitted) {
    }

    public record Line(UUID lineId, String productType, String format, long guaranteeAmount, String depositBank,
                       String premiumPaymentMethod, String premiumPayer, Boolean paperStatementWanted,
                       String bidBondContractNumber) {

        public boolean paperStatement() {
            return Boolean.TRUE.equals(paperStatementWanted);
        }
    }

    public record CertificateRegistered(String contractNumber, int version, Instant registeredAt) {
    }

    public record AmendmentRequested(UUID applicationId, String contractNumber, String changeType,
                                     Long newGuaranteeAmount, LocalDate newGuaranteeEnd, Long newContractAmount,
                                     LocalDate newPeriodTo, String reason, Instant requestedAt, Contractor contractor,
                                     UUID lineId) {

        /** The amendment application's own line; older events without it use the application id. */
        public UUID caseLineId() {
            return lineId != null ? lineId : applicationId;
        }
    }

    public record ApplicationWithdrawn(UUID applicationId, Instant withdrawnAt, List<UUID> lineIds, String reason) {
    }

    public record CertificateViewed(String contractNumber, int version, String ordererId, Instant viewedAt) {
    }
}
