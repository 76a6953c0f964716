package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** An issuer's Ed25519 verification method the registry accepts proofs from. */
@Entity
@Table(name = "trusted_key")
public class TrustedKeyEntity extends PanacheEntityBase {
    @Id
    public String verificationMethod;
    public String issuerId;
    public String publicKeyMultibase;
    public Instant addedAt;
    public Instant revokedAt;

    public static Optional<TrustedKeyEntity> active(String verificationMethod) {
        return find("verificationMethod = ?1 and revokedAt is null", verificationMethod).firstResultOptional();
    }
}
