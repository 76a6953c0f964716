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

    private RegistryEvents() {
    }

    public record CertificateRegistered(String contractNumber, int version, Instant registeredAt, UUID applicationId,
                                        UUID lineId) {
    }

    public record OrdererEnrolled(String ordererId, String name, LocalDate acceptsElectronicSuretyFrom,
                                  String allowedWorksRule, String submissionAddress, String subjectTemplate,
                                  boolean printoutRequired) {
    }

    /** From issuance: the signed credential and the key sealed for each consumer. */
    public record CertificateIssued(String contractNumber, UUID applicationId, UUID lineId, int version,
                                    String format, Obligee obligee, ObjectNode credential,
                                    List<SealedKey> sealedKeys) {
    }

    public record Obligee(String ordererId, String name) {
    }

    public record SealedKey(String recipient, String alg, String kid, String epk, String iv, String ct) {
    }
}
