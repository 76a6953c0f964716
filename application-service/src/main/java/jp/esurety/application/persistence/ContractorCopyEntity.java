package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Read copy of the surety's contractor register, fed by {@code ContractorRegistered} (お客様情報's company). */
@Entity
@Table(name = "contractor_copy")
public class ContractorCopyEntity extends PanacheEntityBase {
    @Id
    public String contractorId;
    public String name;
    public String address;
    public String representative;
    public boolean bulkPaymentEligible;
    public Instant updatedAt;

    /** The joint ventures (共同企業体) the contractor is a member of, in the register's order. */
    @ElementCollection
    @CollectionTable(name = "contractor_joint_venture", joinColumns = @JoinColumn(name = "contractor_id"))
    @OrderColumn(name = "position")
    public List<JointVentureMembership> jointVentures = new ArrayList<>();

    /** One 共同企業体 and whether this contractor is its representative (代表者). */
    @Embeddable
    public static class JointVentureMembership {
        public String name;
        public boolean representative;

        public JointVentureMembership() {
        }

        public JointVentureMembership(String name, boolean representative) {
            this.name = name;
            this.representative = representative;
        }
    }
}
