package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The peppered HMAC of a contract's 認証キー: enough to check an orderer's input, useless to a thief. */
@Entity
@Table(name = "key_digest")
public class KeyDigestEntity extends PanacheEntityBase {
    @Id
    public String contractNumber;
    public String digest;
    public Instant storedAt;
}
