package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.esurety.application.domain.LineStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** 保証申込: one submission for one construction work, with its product lines. */
@Entity
@Table(name = "application")
public class ApplicationEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String contractorId;
    public String contractorName;
    public String kind;
    public String branchCode;
    public String workName;
    public String ordererWorkNumber;
    public String ordererId;
    public String ordererName;
    public String workLocation;
    public String workType;
    public Long contractAmount;
    public Long currentYearAmount;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    public LocalDate contractDate;
    public String jvName;
    public Boolean jvRepresentative;
    public boolean electronicPermitted;
    public boolean completionMailWanted;
    public String completionMailAddress;
    public String contactDepartment;
    public String contactTitle;
    public String contactName;
    public String contactPhone;
    public String messageToSurety;
    public boolean ordererFreeText;
    public Boolean lowBid;
    public Boolean advancePaymentPlanned;
    public String bidAnnouncementNumber;
    public LocalDate bidDate;
    public Long plannedBidAmount;
    public String certificateReceipt;
    public String idempotencyKey;
    public String amendedContractNumber;
    public String changeType;
    public Long newGuaranteeAmount;
    public LocalDate newGuaranteeEnd;
    public Long newContractAmount;
    public LocalDate newPeriodTo;
    public String changeReason;
    public Instant submittedAt;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant withdrawnAt;
    public String withdrawalReason;
    @Version
    public long version;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ApplicationLineEntity> lines = new ArrayList<>();

    /** The contractor's own application; someone else's is reported as absent. */
    public static Optional<ApplicationEntity> findOwned(UUID id, String contractorId) {
        return find("id = ?1 and contractorId = ?2", id, contractorId).firstResultOptional();
    }

    /** A submitted application sent to the staff member's branch (drafts stay with the contractor). */
    public static Optional<ApplicationEntity> findInBranch(UUID id, String branchCode) {
        return find("id = ?1 and branchCode = ?2 and submittedAt is not null", id, branchCode).firstResultOptional();
    }

    /** Rule 8: the application an earlier request with this Idempotency-Key created. */
    public static Optional<ApplicationEntity> findByIdempotencyKey(String contractorId, String key) {
        return find("contractorId = ?1 and idempotencyKey = ?2", contractorId, key).firstResultOptional();
    }

    public boolean isDraft() {
        return submittedAt == null;
    }

    /** A draft, or an application the surety returned (差戻し) as a whole: the contractor may change it. */
    public boolean editable() {
        if (isDraft()) {
            return true;
        }
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.status == LineStatus.RETURNED);
    }
}
