package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 保証料返還計算書 of a cancelled guarantee; {@code lines} as JSON; {@code pdf} rendered on first download. */
@Entity
@Table(name = "refund_statement")
public class RefundStatementEntity extends PanacheEntityBase {
    @Id
    public String contractNumber;
    public String contractorId;
    public Instant cancelledAt;
    public String reason;
    public String lines;
    public long total;
    public byte[] pdf;
    public Instant renderedAt;
}
