package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.esurety.registry.domain.AllowedWorks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An orderer organisation (発注者) enrolled on D-Sure, e.g. 小美玉市長. */
@Entity
@Table(name = "orderer")
public class OrdererEntity extends PanacheEntityBase {
    @Id
    public String ordererId;
    public String name;
    public LocalDate acceptsElectronicSuretyFrom;
    /** The human-readable wording of the rule (published as allowedWorksRule). */
    public String allowedWorksRule;
    @Enumerated(EnumType.STRING)
    public AllowedWorks allowedWorks = AllowedWorks.MARKED_WORKS_ONLY;
    public String submissionAddress;
    public String subjectTemplate;
    public boolean printoutRequired;
    public Instant announcedAt;

    public static List<OrdererEntity> unannounced() {
        return list("announcedAt is null");
    }
}
