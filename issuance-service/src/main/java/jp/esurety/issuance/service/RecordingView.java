package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.messaging.ConsumedEvents;
import jp.esurety.issuance.persistence.CertificateVersionEntity;
import jp.esurety.platform.inbox.PoisonEventException;

/** The registry reports that the orderer opened a version: the contractor sees when (first and last time). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordingView {

    public void viewed(ConsumedEvents.CertificateViewed event) {
        CertificateVersionEntity v = CertificateVersionEntity.find(event.contractNumber(), event.version())
                .orElseThrow(() -> new PoisonEventException(
                        "registry reports a view of an unknown certificate " + event.contractNumber() + " v" + event.version()));
        if (v.firstViewedAt == null || event.viewedAt().isBefore(v.firstViewedAt)) {
            v.firstViewedAt = event.viewedAt();
        }
        if (v.lastViewedAt == null || event.viewedAt().isAfter(v.lastViewedAt)) {
            v.lastViewedAt = event.viewedAt();
        }
    }
}
