package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A surety company whose certificates D-Sure accepts; its keys are {@link TrustedKeyEntity} rows. */
@Entity
@Table(name = "issuer")
public class IssuerEntity extends PanacheEntityBase {
    @Id
    public String issuerId;
    public String name;
    public Instant addedAt;
}
