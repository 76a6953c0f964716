package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** 保証料計算書 (kind PREMIUM; a change: AMENDMENT) or 保証料返還計算書 (kind REFUND); lines as JSON. */
@Entity
@Table(name = "premium_statement")
public class PremiumStatementEntity extends PanacheEntityBase {
    @Id
    public UUID statementId;
    public String contractNumber;
    public String contractorId;
    public String kind;
    public String productType;
    public String lines;
    public long premium;
    public long consumptionTax;
    public long total;
    public String paymentMethod;
    public boolean paperStatementWanted;
    public Instant issuedAt;
}
