package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A user of an orderer organisation in D-Sure's roster (username = the realm dsure username). */
@Entity
@Table(name = "orderer_user")
public class OrdererUserEntity extends PanacheEntityBase {
    @Id
    public String username;
    public String ordererId;
    public String displayName;
    public String email;
    public boolean enabled;
    /** ADMIN (created by the organisation's admin) or TOKEN (first seen with a valid token). */
    public String source;
    public Instant createdAt;
    public String createdBy;
    public Instant changedAt;
    public String changedBy;

    public static List<OrdererUserEntity> ofOrderer(String ordererId) {
        return list("ordererId = ?1 order by username", ordererId);
    }
}
