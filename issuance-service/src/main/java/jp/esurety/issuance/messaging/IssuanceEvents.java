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
                                       boolean bulkPaymentEligible) {
    }
}
