package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A {@code CertificateRegistered} that overtook the issuance event giving a line its contract number; applied and
 * removed when a line takes that number.
 */
@Entity
@Table(name = "early_registration")
public class EarlyRegistrationEntity extends PanacheEntityBase {
    @Id
    public String contractNumber;
    /** 電子保証発行日時 of the first registered version. */
    public Instant registeredAt;
    public Instant receivedAt;
}
