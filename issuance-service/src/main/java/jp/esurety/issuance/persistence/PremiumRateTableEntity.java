package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A premium rate table (tiers as JSON), valid for a date range. */
@Entity
@Table(name = "premium_rate_table")
public class PremiumRateTableEntity extends PanacheEntityBase {
    @Id
    public UUID tableId;
    public String productType;
    public LocalDate validFrom;
    public LocalDate validTo;
    public int roundingUnit;
    public String rounding;
    public long minimumPremium;
    public int taxRatePercent;
    public String tiers;
    public Instant createdAt;
    public String createdBy;

    /** Tables of a product valid on a date, the latest validFrom first. */
    public static List<PremiumRateTableEntity> validOn(String productType, LocalDate date) {
        return list("productType = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2) "
                + "order by validFrom desc, createdAt desc", productType, date);
    }
}
