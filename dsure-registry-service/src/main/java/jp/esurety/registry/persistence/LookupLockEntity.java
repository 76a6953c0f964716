package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Failed lookups of one user on one contract, and the lock they caused (shared by every replica). */
@Entity
@Table(name = "lookup_lock")
@IdClass(LookupLockEntity.Key.class)
public class LookupLockEntity extends PanacheEntityBase {
    @Id
    public String username;
    @Id
    public String contractNumber;
    public int failures;
    public Instant lockedUntil;
    public Instant updatedAt;

    /** Composite key. */
    public static class Key implements Serializable {
        public String username;
        public String contractNumber;

        public Key() {
        }

        public Key(String username, String contractNumber) {
            this.username = username;
            this.contractNumber = contractNumber;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username)
                    && Objects.equals(contractNumber, k.contractNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, contractNumber);
        }
    }
}
