package jp.esurety.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** Portal inbox: a new version of a certificate the user has viewed. */
@Entity
@Table(name = "orderer_notice")
public class OrdererNoticeEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    public String ordererId;
    public String contractNumber;
    public int version;
    public Instant createdAt;
    public Instant mailedAt;
    public Instant readAt;

    public static List<OrdererNoticeEntity> of(String username) {
        return list("username = ?1 order by createdAt desc", username);
    }
}
