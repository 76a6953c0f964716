package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Read copy of D-Sure's orderer directory (発注者), fed by {@code OrdererEnrolled} and {@code OrdererUpdated}. */
@Entity
@Table(name = "orderer_directory")
public class OrdererDirectoryEntity extends PanacheEntityBase {
    @Id
    public String ordererId;
    public String name;
    public LocalDate acceptsElectronicSuretyFrom;
    public String allowedWorksRule;
    /** ALL_WORKS | MARKED_WORKS_ONLY (null in events from before the registry published it: marked works only). */
    public String allowedWorks;
    public Instant updatedAt;
}
