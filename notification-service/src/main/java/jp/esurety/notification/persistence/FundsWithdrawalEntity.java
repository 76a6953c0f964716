package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An approved 前払金払出依頼, from {@code WithdrawalApproved}; {@code balance} (前払金払出予定 after it) as JSON. */
@Entity
@Table(name = "funds_withdrawal")
public class FundsWithdrawalEntity extends PanacheEntityBase {
    @Id
    public UUID withdrawalId;
    public String contractNumber;
    public String contractorId;
    public String branchCode;
    public String category;
    public String label;
    public long amount;
    public String payeeName;
    public String payeeBankCode;
    public String payeeBranchCode;
    public String payeeAccountType;
    public String payeeAccountNumber;
    public String payeeHolderKana;
    public String balance;
    public Instant approvedAt;
}
