package jp.esurety.registry.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.esurety.platform.events.EventTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events the registry publishes on {@code registry-events} and the fields it reads from issuance's. */
public final class RegistryEvents {

    public static final String TOPIC = "registry-events";
    public static final String CERTIFICATE_REGISTERED = EventTypes.of("registry", "CertificateRegistered");
    public static final String ORDERER_ENROLLED = EventTypes.of("registry", "OrdererEnrolled");
    public static final String ORDERER_UPDATED = EventTypes.of("registry", "OrdererUpdated");
    public static final String CERTIFICATE_VIEWED = EventTypes.of("registry", "CertificateViewed");

    private RegistryEvents() {
    }

    /** applicationId/lineId are left out when unknown (versions registered before they were kept). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record CertificateRegistered(String contractNumber, int version, Instant registeredAt, UUID applicationId,
                                        UUID lineId) {
    }

    /** allowedWorks (ALL_WORKS | MARKED_WORKS_ONLY) was added later; allowedWorksRule keeps its wording. */
    public record OrdererEnrolled(String ordererId, String name, LocalDate acceptsElectronicSuretyFrom,
                                  String allowedWorksRule, String submissionAddress, String subjectTemplate,
                                  boolean printoutRequired, String allowedWorks) {
    }

    /** allowedWorks (ALL_WORKS | MARKED_WORKS_ONLY) was added later; allowedWorksRule keeps its wording. */
    public record OrdererUpdated(String ordererId, String name, LocalDate acceptsElectronicSuretyFrom,
                                 String allowedWorksRule, String submissionAddress, String subjectTemplate,
                                 boolean printoutRequired, String allowedWorks) {
    }

    public record CertificateViewed(String contractNumber, int version, String ordererId, String ordererName,
                                    Instant viewedAt) {
    }

    /** From issuance: the signed credential and the key sealed for each consumer. */
    public record CertificateIssued(String contractNumber, UUID applicationId, UUID lineId, int version,
                                    String format, String productType, Obligee obligee, ObjectNode credential,
                                    List<SealedKey> sealedKeys) {
    }

    /** From issuance: a 変更 (new version with its 変更 sequence). */
    public record CertificateAmended(String contractNumber, UUID applicationId, UUID lineId, int version,
                                     int sequence, String format, String productType, Obligee obligee,
                                     ObjectNode credential, List<SealedKey> sealedKeys) {
    }

    /** From issuance: a 訂正 that replaces {@code supersededVersion}. */
    public record CertificateCorrected(String contractNumber, int supersededVersion, int version,
                                       ObjectNode credential, List<SealedKey> sealedKeys, String reason,
                                       Instant correctedAt) {
    }

    public record AmendmentCancelled(String contractNumber, int cancelledVersion, String reason,
                                     Instant cancelledAt) {
    }

    public record GuaranteeCancelled(String contractNumber, Instant cancelledAt, String reason) {
    }

    public record GuaranteeExpired(String contractNumber, LocalDate guaranteeEnd, Instant expiredAt) {
    }

    public record KeyReissued(String contractNumber, Instant reissuedAt, String reason, List<SealedKey> sealedKeys) {
    }

    public record Obligee(String ordererId, String name) {
    }

    public record SealedKey(String recipient, String alg, String kid, String epk, String iv, String ct) {
    }
}
