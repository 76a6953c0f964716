package jp.esurety.application.messaging;

import jp.esurety.platform.events.EventTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events application-service publishes (data records, see docs/events). */
public final class ApplicationEvents {

    public static final String TOPIC = "application-events";
    public static final String APPLICATION_SUBMITTED = EventTypes.of("application", "ApplicationSubmitted");
    public static final String APPLICATION_WITHDRAWN = EventTypes.of("application", "ApplicationWithdrawn");
    public static final String AMENDMENT_REQUESTED = EventTypes.of("application", "AmendmentRequested");

    private ApplicationEvents() {
    }

    public record ApplicationSubmitted(UUID applicationId, String kind, Instant submittedAt, Contractor contractor,
                                       String branchCode, Work work, List<Line> lines, CompletionMail completionMail,
                                       Contact contact, String messageToSurety, Bid bid, String certificateReceipt,
                                       boolean resubmission) {
    }

    public record Contractor(String contractorId, String name) {
    }

    /** The orderer: from the directory, or (paper only) a name typed by the contractor with a null id. */
    public record Obligee(String ordererId, String name) {
    }

    public record JointVenture(String name, boolean representative) {
    }

    public record Work(String name, String ordererWorkNumber, Obligee obligee, String location, String workType,
                       long contractAmount, Long currentYearAmount, LocalDate periodFrom, LocalDate periodTo,
                       LocalDate contractDate, JointVenture jointVenture, boolean electronicPermitted, Boolean lowBid,
                       Boolean advancePaymentPlanned) {
    }

    public record Line(UUID lineId, String productType, String format, long guaranteeAmount, Long currentYearAmount,
                       String depositBank, Boolean redeposit, String premiumPaymentMethod, String premiumPayer,
                       Boolean paperStatementWanted, InterimCertification interimCertification,
                       String bidBondContractNumber) {
    }

    /** The orderer's 認定 that an interim advance payment is due. */
    public record InterimCertification(String number, LocalDate date) {
    }

    /** 契約保証予約 (入札ボンド): the tender. */
    public record Bid(String announcementNumber, LocalDate bidDate, long plannedBidAmount) {
    }

    public record CompletionMail(boolean wanted, String address) {
    }

    public record Contact(String department, String title, String name, String phone) {
    }

    public record ApplicationWithdrawn(UUID applicationId, Instant withdrawnAt, List<UUID> lineIds, String reason) {
    }

    public record AmendmentRequested(UUID applicationId, String contractNumber, String changeType,
                                     Long newGuaranteeAmount, LocalDate newGuaranteeEnd, Long newContractAmount,
                                     LocalDate newPeriodTo, String reason, Instant requestedAt, Contractor contractor,
                                     CompletionMail completionMail, UUID lineId, String productType,
                                     String format) {
    }
}
