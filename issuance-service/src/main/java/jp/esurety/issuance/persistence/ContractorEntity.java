package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** The surety's contractor register (お客様). */
@Entity
@Table(name = "contractor")
public class ContractorEntity extends PanacheEntityBase {
    @Id
    public String contractorId;
    public String name;
    public String address;
    public String representative;
    public boolean bulkPaymentEligible;
    /** JV memberships (共同企業体) as a JSON array of {name, representative}. */
    public String jointVentures = "[]";
    /** When the last change was put in the outbox as {@code ContractorRegistered}. */
    public Instant announcedAt;

    public static List<ContractorEntity> unannounced() {
        return list("announcedAt is null");
    }
}
