package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.esurety.application.domain.LineStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One product line of an application with its 手続状況 and, once approved, its 保証契約番号. */
@Entity
@Table(name = "application_line")
public class ApplicationLineEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    public ApplicationEntity application;
    public int position;
    public String productType;
    public String format;
    public Long guaranteeAmount;
    public Long currentYearAmount;
    public String depositBank;
    public Boolean redeposit;
    public String premiumPaymentMethod;
    public String premiumPayer;
    public Boolean paperStatementWanted;
    @Enumerated(EnumType.STRING)
    public LineStatus status;
    public String contractNumber;
    public Long premium;
    public Instant approvedAt;
    public Instant issuedAt;
    public Instant registeredAt;
    public String interimCertificationNumber;
    public LocalDate interimCertificationDate;
    /** 弊社からお客様へのお知らせ: the surety's message when it returned or rejected the line. */
    public String suretyMessage;
    public Instant suretyMessageAt;
    public Instant completionMailSentAt;
    /** On a CONTRACT line: the 保証契約番号 of the contractor's 契約保証予約 converted into this contract guarantee. */
    public String bidBondContractNumber;

    public static Optional<ApplicationLineEntity> findByContractNumber(String contractNumber) {
        return find("contractNumber = ?1 and application.kind <> 'AMENDMENT'", contractNumber).firstResultOptional();
    }

    /** The contractor's own 契約保証予約 (bid bond) under this contract number, once the surety approved it. */
    public static Optional<ApplicationLineEntity> findBidBond(String contractorId, String contractNumber) {
        return find("contractNumber = ?1 and productType = 'BID_BOND' and application.kind = 'BID_BOND'"
                + " and application.contractorId = ?2", contractNumber, contractorId).firstResultOptional();
    }

    /**
     * Whether another submitted application of the contractor already converts this bid bond into a contract
     * guarantee (a withdrawn or rejected conversion does not count).
     */
    public static boolean conversionElsewhere(String contractorId, String bidBondContractNumber, UUID applicationId) {
        return count("bidBondContractNumber = ?1 and application.contractorId = ?2 and application.id <> ?3"
                        + " and status not in ?4", bidBondContractNumber, contractorId, applicationId,
                List.of(LineStatus.DRAFT, LineStatus.WITHDRAWN, LineStatus.REJECTED)) > 0;
    }

    /** Moves the line forward; a late or repeated event never moves it back. */
    public boolean advanceTo(LineStatus next) {
        if (status.isBefore(next)) {
            status = next;
            return true;
        }
        return false;
    }
}
