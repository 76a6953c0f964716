package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** One leaf of the Merkle log: a registered certificate version; append-only. */
@Entity
@Table(name = "log_entry")
public class LogEntryEntity extends PanacheEntityBase {
    @Id
    public long leafIndex;
    public String contractNumber;
    public int version;
    public String leafData;
    public byte[] leafHash;
    public Instant loggedAt;

    public static Optional<LogEntryEntity> of(String contractNumber, int version) {
        return find("contractNumber = ?1 and version = ?2", contractNumber, version).firstResultOptional();
    }
}
