package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Moves ACTIVE contracts past their 保証期限 (in Asia/Tokyo) to EXPIRED ({@code GuaranteeExpired}). */
@ApplicationScoped
@Transactional
public class ExpiringContracts {

    private final Outbox outbox;
    private final Clock clock;

    public ExpiringContracts(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public int expireDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ApprovingLine.TOKYO);
        int expired = 0;
        for (GuaranteeContractEntity c : GuaranteeContractEntity.activeEndedBefore(today)) {
            c.status = "EXPIRED";
            c.expiredAt = now;
            outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.GUARANTEE_EXPIRED, c.contractNumber,
                    new IssuanceEvents.GuaranteeExpired(c.contractNumber, c.guaranteeEnd, now));
            expired++;
        }
        return expired;
    }
}
