package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** 審査案件: one per submitted line; {@code submission} keeps the application as received (JSON). */
@Entity
@Table(name = "underwriting_case")
public class UnderwritingCaseEntity extends PanacheEntityBase {
    @Id
    public UUID caseId;
    /** NEW (a submitted line) | AMENDMENT (a requested change of an existing contract). */
    public String kind = "NEW";
    public UUID applicationId;
    public UUID lineId;
    public String branchCode;
    public String contractorId;
    public String contractorName;
    public String productType;
    public String format;
    public long guaranteeAmount;
    public String workName;
    public String obligeeName;
    public String premiumPaymentMethod;
    public String submission;
    /** UNDER_REVIEW | APPROVED | REJECTED | RETURNED | WITHDRAWN (by the contractor) */
    public String status;
    /** Why the automatic rules did not decide, one per line. */
    public String reasons;
    public boolean autoDecided;
    public String decisionNote;
    public String decidedBy;
    public Instant decidedAt;
    public String contractNumber;
    public Instant receivedAt;

    public static boolean existsForLine(UUID lineId) {
        return count("lineId", lineId) > 0;
    }

    public static java.util.Optional<UnderwritingCaseEntity> forLine(UUID lineId) {
        return find("lineId", lineId).firstResultOptional();
    }

    /** Cases of an application still waiting for the surety or for the contractor (UNDER_REVIEW, RETURNED). */
    public static java.util.List<UnderwritingCaseEntity> openOf(UUID applicationId) {
        return list("applicationId = ?1 and status in ('UNDER_REVIEW', 'RETURNED')", applicationId);
    }
}
