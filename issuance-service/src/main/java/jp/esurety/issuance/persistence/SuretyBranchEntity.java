package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A branch of the surety company (取扱支店): printed on certificates, the target of applications. */
@Entity
@Table(name = "surety_branch")
public class SuretyBranchEntity extends PanacheEntityBase {
    @Id
    public String branchCode;
    public String name;
    public String companyName;
    public String address;
    public String tel;
    public String fax;
    /** When the last change was put in the outbox as {@code SuretyBranchUpdated}. */
    public Instant announcedAt;

    public static List<SuretyBranchEntity> unannounced() {
        return list("announcedAt is null");
    }
}
