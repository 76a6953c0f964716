package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The automatic underwriting rule of one branch and product. */
@Entity
@Table(name = "auto_approval_rule")
@IdClass(AutoApprovalRuleEntity.Key.class)
public class AutoApprovalRuleEntity extends PanacheEntityBase {
    @Id
    public String branchCode;
    @Id
    public String productType;
    public boolean enabled;
    public long maxGuaranteeAmount;
    public boolean knownContractorRequired;
    public boolean electronicPermissionRequired;
    public Instant updatedAt;
    public String updatedBy;

    public static Optional<AutoApprovalRuleEntity> find(String branchCode, String productType) {
        return find("branchCode = ?1 and productType = ?2", branchCode, productType).firstResultOptional();
    }

    /** Composite key. */
    public static class Key implements Serializable {
        public String branchCode;
        public String productType;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(branchCode, k.branchCode)
                    && Objects.equals(productType, k.productType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(branchCode, productType);
        }
    }
}
