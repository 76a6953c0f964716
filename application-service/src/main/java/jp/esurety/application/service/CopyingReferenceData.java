package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.messaging.IncomingEvents;
import jp.esurety.application.persistence.ContractorCopyEntity;
import jp.esurety.application.persistence.OrdererDirectoryEntity;
import jp.esurety.application.persistence.SuretyBranchEntity;

import java.time.Instant;

/** Keeps the read copies of other services' reference data (orderers, contractors, branches) up to date. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CopyingReferenceData {

    public void orderer(IncomingEvents.OrdererEnrolled event, Instant at) {
        OrdererDirectoryEntity o = OrdererDirectoryEntity.<OrdererDirectoryEntity>findByIdOptional(event.ordererId())
                .orElseGet(OrdererDirectoryEntity::new);
        o.ordererId = event.ordererId();
        o.name = event.name();
        o.acceptsElectronicSuretyFrom = event.acceptsElectronicSuretyFrom();
        o.allowedWorksRule = event.allowedWorksRule();
        o.allowedWorks = event.allowedWorks();
        o.updatedAt = at;
        o.persist();
    }

    public void contractor(IncomingEvents.ContractorRegistered event, Instant at) {
        ContractorCopyEntity c = ContractorCopyEntity.<ContractorCopyEntity>findByIdOptional(event.contractorId())
                .orElseGet(ContractorCopyEntity::new);
        c.contractorId = event.contractorId();
        c.name = event.name();
        c.address = event.address();
        c.representative = event.representative();
        c.bulkPaymentEligible = event.bulkPaymentEligible();
        c.jointVentures.clear();
        event.jointVenturesOrNone().forEach(jv ->
                c.jointVentures.add(new ContractorCopyEntity.JointVentureMembership(jv.name(), jv.representative())));
        c.updatedAt = at;
        c.persist();
    }

    public void branch(IncomingEvents.SuretyBranchUpdated event, Instant at) {
        SuretyBranchEntity b = SuretyBranchEntity.<SuretyBranchEntity>findByIdOptional(event.branchCode())
                .orElseGet(SuretyBranchEntity::new);
        b.branchCode = event.branchCode();
        b.name = event.name();
        b.companyName = event.companyName();
        b.updatedAt = at;
        b.persist();
    }
}
