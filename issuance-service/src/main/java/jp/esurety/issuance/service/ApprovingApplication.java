package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.ContractNumber;
import jp.esurety.issuance.messaging.ConsumedEvents;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
import jp.esurety.platform.inbox.PoisonEventException;
import jp.esurety.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;

/**
 * Underwrites a submitted application. Today every line is approved by the automatic rules (the walking skeleton):
 * each line becomes a guarantee contract with its own number and its certificate is issued at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ApprovingApplication {

    private final EntityManager em;
    private final IssuingCertificate issuing;
    private final Outbox outbox;
    private final Clock clock;

    public ApprovingApplication(EntityManager em, IssuingCertificate issuing, Outbox outbox, Clock clock) {
        this.em = em;
        this.issuing = issuing;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void underwrite(ConsumedEvents.ApplicationSubmitted application) {
        SuretyBranchEntity branch = SuretyBranchEntity.<SuretyBranchEntity>findByIdOptional(application.branchCode())
                .orElseThrow(() -> new PoisonEventException("unknown branch " + application.branchCode()));
        for (ConsumedEvents.Line line : application.lines()) {
            if (!GuaranteeContractEntity.existsForLine(line.lineId())) {
                GuaranteeContractEntity contract = approve(application, line, branch);
                issuing.issueFirstVersion(contract, branch);
            }
        }
    }

    private GuaranteeContractEntity approve(ConsumedEvents.ApplicationSubmitted application,
                                            ConsumedEvents.Line line, SuretyBranchEntity branch) {
        Instant now = clock.instant();
        ConsumedEvents.Work work = application.work();
        GuaranteeContractEntity c = new GuaranteeContractEntity();
        c.contractNumber = nextContractNumber(branch.branchCode).value();
        c.applicationId = application.applicationId();
        c.lineId = line.lineId();
        c.branchCode = branch.branchCode;
        c.contractorId = application.contractor().contractorId();
        c.contractorName = application.contractor().name();
        c.productType = line.productType();
        c.format = line.format();
        c.obligeeId = work.obligee().ordererId();
        c.obligeeName = work.obligee().name();
        c.guaranteeAmount = line.guaranteeAmount();
        c.guaranteeEnd = work.periodTo(); // 保証期限 defaults to the end of 工期
        c.workName = work.name();
        c.contractAmount = work.contractAmount();
        c.periodFrom = work.periodFrom();
        c.periodTo = work.periodTo();
        c.contractDate = work.contractDate();
        c.depositBank = line.depositBank();
        c.jvName = work.jointVenture() == null ? null : work.jointVenture().name();
        c.status = "ACTIVE";
        c.approvedAt = now;
        c.persist();
        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.APPLICATION_APPROVED, application.applicationId().toString(),
                new IssuanceEvents.ApplicationApproved(application.applicationId(), line.lineId(), c.contractNumber,
                        now, null, true));
        return c;
    }

    private ContractNumber nextContractNumber(String branchCode) {
        Number serial = (Number) em.createNativeQuery("""
                        INSERT INTO contract_number_sequence (branch_code, last_serial) VALUES (?1, 1)
                        ON CONFLICT (branch_code) DO UPDATE SET last_serial = contract_number_sequence.last_serial + 1
                        RETURNING last_serial""")
                .setParameter(1, branchCode)
                .getSingleResult();
        return ContractNumber.of(branchCode, serial.longValue());
    }
}
