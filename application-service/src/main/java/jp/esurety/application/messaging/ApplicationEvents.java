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

    private ApplicationEvents() {
    }

    public record ApplicationSubmitted(UUID applicationId, String kind, Instant submittedAt, Contractor contractor,
                                       String branchCode, Work work, List<Line> lines, CompletionMail completionMail,
                                       Contact contact, String messageToSurety) {
    }

    public record Contractor(String contractorId, String name) {
    }

    public record Obligee(String ordererId, String name) {
    }

    public record JointVenture(String name, boolean representative) {
    }

    public record Work(String name, String ordererWorkNumber, Obligee obligee, String location, String workType,
                       long contractAmount, Long currentYearAmount, LocalDate periodFrom, LocalDate periodTo,
                       LocalDate contractDate, JointVenture jointVenture, boolean electronicPermitted) {
    }

    public record Line(UUID lineId, String productType, String format, long guaranteeAmount, Long currentYearAmount,
                       String depositBank, Boolean redeposit, String premiumPaymentMethod, String premiumPayer,
                       Boolean paperStatementWanted) {
    }

    public record CompletionMail(boolean wanted, String address) {
    }

    public record Contact(String department, String title, String name, String phone) {
    }
}
