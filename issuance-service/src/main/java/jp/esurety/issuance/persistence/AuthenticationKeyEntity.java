package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The encrypted 認証キー of an electronic guarantee contract (SecretBox, AAD = contract number). */
@Entity
@Table(name = "authentication_key")
public class AuthenticationKeyEntity extends PanacheEntityBase {
    @Id
    public String contractNumber;
    public String boxedKey;
    public Instant createdAt;
}
