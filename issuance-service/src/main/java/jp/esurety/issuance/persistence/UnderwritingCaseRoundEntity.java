package jp.esurety.issuance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An earlier round of a case that was returned (差戻し) and then resubmitted: what was received and decided. */
@Entity
@Table(name = "underwriting_case_round")
@IdClass(UnderwritingCaseRoundEntity.Key.class)
public class UnderwritingCaseRoundEntity extends PanacheEntityBase {
    @Id
    public UUID caseId;
    @Id
    public int round;
    public String submission;
    public long guaranteeAmount;
    public Instant receivedAt;
    public String reasons;
    public String status;
    public String decidedBy;
    public Instant decidedAt;
    public String decisionNote;

    public static List<UnderwritingCaseRoundEntity> of(UUID caseId) {
        return list("caseId = ?1 order by round", caseId);
    }

    public static int countOf(UUID caseId) {
        return (int) count("caseId", caseId);
    }

    /** Composite key (case, round). */
    public static class Key implements Serializable {
        public UUID caseId;
        public int round;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.round == round && Objects.equals(k.caseId, caseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, round);
        }
    }
}
