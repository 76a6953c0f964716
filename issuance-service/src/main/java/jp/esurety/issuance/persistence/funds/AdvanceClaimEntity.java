package jp.esurety.issuance.persistence.funds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** 前払金請求書 of an advance-payment contract, with the contractor's 前払金専用口座. */
@Entity
@Table(name = "advance_claim")
public class AdvanceClaimEntity extends PanacheEntityBase {
    @Id
    public UUID claimId;
    public String contractNumber;
    public String contractorId;
    public long claimAmount;
    public String ordererName;
    public String bankCode;
    public String bankName;
    public String bankNameKana;
    public String branchCode;
    public String branchName;
    public String branchNameKana;
    public String accountType;
    public String accountNumber;
    public String holderKana;
    public String requesterCode;
    public Instant issuedAt;

    public static Optional<AdvanceClaimEntity> ofContract(String contractNumber) {
        return find("contractNumber", contractNumber).firstResultOptional();
    }
}
