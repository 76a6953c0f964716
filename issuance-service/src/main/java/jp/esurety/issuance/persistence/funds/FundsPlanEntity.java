package jp.esurety.issuance.persistence.funds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One version of a 前払金使途内訳明細書: SUBMITTED, ACCEPTED, RETURNED or SUPERSEDED; lines as JSON. */
@Entity
@Table(name = "funds_plan")
public class FundsPlanEntity extends PanacheEntityBase {
    public static final String SUBMITTED = "SUBMITTED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String RETURNED = "RETURNED";
    /** An accepted version replaced by a later accepted one (使途変更). */
    public static final String SUPERSEDED = "SUPERSEDED";

    @Id
    public UUID planId;
    public String contractNumber;
    public String contractorId;
    public String branchCode;
    public int version;
    public String status;
    public String lines;
    public long total;
    public Instant submittedAt;
    public Instant decidedAt;
    public String decidedBy;
    public String message;

    public static List<FundsPlanEntity> ofContract(String contractNumber) {
        return list("contractNumber", Sort.ascending("version"), contractNumber);
    }

    /** The version in force: the latest accepted one. */
    public static Optional<FundsPlanEntity> accepted(String contractNumber) {
        return find("contractNumber = ?1 and status = ?2", contractNumber, ACCEPTED).firstResultOptional();
    }

    public static Optional<FundsPlanEntity> version(String contractNumber, int version) {
        return find("contractNumber = ?1 and version = ?2", contractNumber, version).firstResultOptional();
    }

    public static List<FundsPlanEntity> ofBranch(String branchCode, String status) {
        return status == null
                ? list("branchCode", Sort.ascending("submittedAt").and("planId"), branchCode)
                : list("branchCode = ?1 and status = ?2", Sort.ascending("submittedAt").and("planId"), branchCode,
                status);
    }

    public static int lastVersion(String contractNumber) {
        Integer v = find("select max(p.version) from FundsPlanEntity p where p.contractNumber = ?1", contractNumber)
                .project(Integer.class).firstResult();
        return v == null ? 0 : v;
    }
}
