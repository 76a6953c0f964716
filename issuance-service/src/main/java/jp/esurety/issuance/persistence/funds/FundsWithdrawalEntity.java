package jp.esurety.issuance.persistence.funds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** 前払金払出依頼: REQUESTED, then APPROVED (once) or REJECTED. */
@Entity
@Table(name = "funds_withdrawal")
public class FundsWithdrawalEntity extends PanacheEntityBase {
    public static final String REQUESTED = "REQUESTED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    @Id
    public UUID withdrawalId;
    public String contractNumber;
    public String contractorId;
    public String branchCode;
    public String category;
    public long amount;
    public String payeeName;
    public String payeeBankCode;
    public String payeeBankNameKana;
    public String payeeBranchCode;
    public String payeeBranchNameKana;
    public String payeeAccountType;
    public String payeeAccountNumber;
    public String payeeHolderKana;
    public String status;
    public Instant requestedAt;
    public Instant decidedAt;
    public String decidedBy;
    public String reason;
    public LocalDate approvedOn;

    /** Approved amount per category of a contract. */
    public static java.util.Map<String, Long> approvedByCategory(String contractNumber) {
        java.util.Map<String, Long> totals = new java.util.HashMap<>();
        getEntityManager().createQuery("select w.category, sum(w.amount) from FundsWithdrawalEntity w "
                        + "where w.contractNumber = ?1 and w.status = ?2 group by w.category", Object[].class)
                .setParameter(1, contractNumber).setParameter(2, APPROVED).getResultList()
                .forEach(row -> totals.put((String) row[0], ((Number) row[1]).longValue()));
        return totals;
    }

    public static List<FundsWithdrawalEntity> ofContract(String contractNumber) {
        return list("contractNumber", Sort.ascending("requestedAt").and("withdrawalId"), contractNumber);
    }

    public static List<FundsWithdrawalEntity> approvedOn(String contractNumber, LocalDate day) {
        return list("contractNumber = ?1 and status = ?2 and approvedOn = ?3",
                Sort.ascending("decidedAt").and("withdrawalId"), contractNumber, APPROVED, day);
    }

    public static List<FundsWithdrawalEntity> approvedInBranchOn(String branchCode, LocalDate day) {
        return list("branchCode = ?1 and status = ?2 and approvedOn = ?3",
                Sort.ascending("contractNumber").and("decidedAt").and("withdrawalId"), branchCode, APPROVED, day);
    }

    public static List<FundsWithdrawalEntity> ofBranch(String branchCode, String status) {
        return status == null
                ? list("branchCode", Sort.ascending("requestedAt").and("withdrawalId"), branchCode)
                : list("branchCode = ?1 and status = ?2", Sort.ascending("requestedAt").and("withdrawalId"),
                branchCode, status);
    }
}
