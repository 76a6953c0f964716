package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read copy of an orderer's submission settings, from the registry's OrdererEnrolled / OrdererUpdated. */
@Entity
@Table(name = "orderer_setting")
public class OrdererSettingEntity extends PanacheEntityBase {
    @Id
    public String ordererId;
    public String name;
    public String submissionAddress;
    public String subjectTemplate;
    public boolean printoutRequired;
    public Instant updatedAt;
}
