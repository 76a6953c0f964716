package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The 前払金請求書 of a contract, from {@code AdvanceClaimIssued}; the 前払金専用口座 in the {@code bank…} fields. */
@Entity
@Table(name = "advance_claim")
public class AdvanceClaimEntity extends PanacheEntityBase {
    @Id
    public String contractNumber;
    public UUID claimId;
    public String contractorId;
    public String contractorName;
    public String branchCode;
    public String productType;
    public String ordererName;
    public String workName;
    public long claimAmount;
    public String bankCode;
    public String bankName;
    public String bankBranchCode;
    public String bankBranchName;
    public String accountType;
    public String accountNumber;
    public String holderKana;
    public Instant issuedAt;
}
