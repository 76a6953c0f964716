package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One submission of a key notice to the orderer: when, to whom, by whom, and the mail that carries it. */
@Entity
@Table(name = "key_notice_submission")
public class KeyNoticeSubmissionEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public String contractNumber;
    public String ordererId;
    public String recipient;
    public String subject;
    public String requestedBy;
    public Instant requestedAt;
    public UUID deliveryId;

    public static List<KeyNoticeSubmissionEntity> ofContract(String contractNumber) {
        return list("contractNumber = ?1 order by requestedAt desc", contractNumber);
    }
}
