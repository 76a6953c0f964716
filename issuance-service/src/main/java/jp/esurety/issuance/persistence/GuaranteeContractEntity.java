package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 保証契約: created per approved product line; its certificate versions are {@link CertificateVersionEntity}. */
@Entity
@Table(name = "guarantee_contract")
public class GuaranteeContractEntity extends PanacheEntityBase {
    @Id
    public String contractNumber;
    public UUID applicationId;
    public UUID lineId;
    public String branchCode;
    public String contractorId;
    public String contractorName;
    public String productType;
    public String format;
    public String obligeeId;
    public String obligeeName;
    public long guaranteeAmount;
    public LocalDate guaranteeEnd;
    public String workName;
    public long contractAmount;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    public LocalDate contractDate;
    public String depositBank;
    public String jvName;
    public String status;
    public Instant approvedAt;
    public Long premium;
    public String premiumPaymentMethod;
    /** When the premium counted as settled (一括納付: at approval; otherwise when staff recorded the payment). */
    public Instant premiumSettledAt;
    public UUID caseId;
    public Instant cancelledAt;
    public Instant expiredAt;
    /** Paper certificates: WINDOW (窓口) | POST (郵送), and when. */
    public String paperDispatchMethod;
    public Instant paperDispatchedAt;
    /** A 契約保証 converted from a 契約保証予約: the bid bond's contract number. */
    public String bidBondContractNumber;
    /** A 契約保証予約 converted into a 契約保証 (status CONVERTED): that contract's number, and when. */
    public String convertedToContractNumber;
    public Instant convertedAt;

    /** Contracts still ACTIVE whose 保証期限 is before {@code today}. */
    public static java.util.List<GuaranteeContractEntity> activeEndedBefore(LocalDate today) {
        return list("status = ?1 and guaranteeEnd < ?2", "ACTIVE", today);
    }

    public static boolean existsForLine(UUID lineId) {
        return count("lineId", lineId) > 0;
    }
}
