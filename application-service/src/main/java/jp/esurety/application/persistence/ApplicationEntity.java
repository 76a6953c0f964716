package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
    public long contractAmount;
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
    public Instant submittedAt;
    public Instant createdAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ApplicationLineEntity> lines = new ArrayList<>();

    /** The contractor's own application; someone else's is reported as absent. */
    public static Optional<ApplicationEntity> findOwned(UUID id, String contractorId) {
        return find("id = ?1 and contractorId = ?2", id, contractorId).firstResultOptional();
    }

    public static List<ApplicationEntity> listOwned(String contractorId) {
        return list("contractorId = ?1 order by createdAt desc", contractorId);
    }
}
