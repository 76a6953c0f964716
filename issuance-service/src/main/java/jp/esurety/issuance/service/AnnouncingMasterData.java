package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.ContractorEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
import jp.esurety.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;

/** Publishes branches and contractors whose latest state other services have not been told yet. */
@ApplicationScoped
@Transactional
public class AnnouncingMasterData {

    private final Outbox outbox;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    private final Clock clock;

    public AnnouncingMasterData(Outbox outbox, com.fasterxml.jackson.databind.ObjectMapper mapper, Clock clock) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    public int announcePending() {
        Instant now = clock.instant();
        int announced = 0;
        for (SuretyBranchEntity b : SuretyBranchEntity.unannounced()) {
            outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.SURETY_BRANCH_UPDATED, b.branchCode,
                    new IssuanceEvents.SuretyBranchUpdated(b.branchCode, b.name, b.companyName, b.address, b.tel, b.fax));
            b.announcedAt = now;
            announced++;
        }
        for (ContractorEntity c : ContractorEntity.unannounced()) {
            outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.CONTRACTOR_REGISTERED, c.contractorId,
                    new IssuanceEvents.ContractorRegistered(c.contractorId, c.name, c.address, c.representative,
                            c.bulkPaymentEligible, JointVentures.read(mapper, c.jointVentures)));
            c.announcedAt = now;
            announced++;
        }
        return announced;
    }
}
