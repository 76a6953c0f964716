package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read copy of the surety's contractor register, fed by {@code ContractorRegistered}. */
@Entity
@Table(name = "contractor_copy")
public class ContractorCopyEntity extends PanacheEntityBase {
    @Id
    public String contractorId;
    public String name;
    public boolean bulkPaymentEligible;
    public Instant updatedAt;
}
