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

    private NotificationEvents() {
    }

    public record MailDelivered(UUID deliveryId, String messageType, String contractNumber, UUID applicationId,
                                UUID lineId, String to, String messageId, Instant sentAt) {
    }

    public record ApplicationSubmitted(UUID applicationId, Contractor contractor, Work work,
                                       CompletionMail completionMail) {
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
}
