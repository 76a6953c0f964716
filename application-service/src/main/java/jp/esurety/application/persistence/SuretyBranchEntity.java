package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read copy of the surety's branches (申込送信先), fed by {@code SuretyBranchUpdated}. */
@Entity
@Table(name = "surety_branch")
public class SuretyBranchEntity extends PanacheEntityBase {
    @Id
    public String branchCode;
    public String name;
    public String companyName;
    public Instant updatedAt;
}
