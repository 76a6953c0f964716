package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** 保証料計算書 as issuance announced it; {@code lines} as JSON; {@code pdf} rendered on first download. */
@Entity
@Table(name = "premium_statement")
public class PremiumStatementEntity extends PanacheEntityBase {
    @Id
    public UUID statementId;
    public String contractNumber;
    public UUID applicationId;
    public String contractorId;
    public String productType;
    public Instant issuedAt;
    public String lines;
    public long premium;
    public long consumptionTax;
    public long total;
    public String paymentMethod;
    public byte[] pdf;
    public Instant renderedAt;
}
