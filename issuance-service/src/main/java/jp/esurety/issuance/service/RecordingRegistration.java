package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.messaging.ConsumedEvents;
import jp.esurety.issuance.persistence.CertificateVersionEntity;
import jp.esurety.platform.inbox.PoisonEventException;

/** Rule 8: the history (電子保証履歴一覧) shows when a version reached the registry, as the registry reports it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordingRegistration {

    public void registered(ConsumedEvents.CertificateRegistered event) {
        CertificateVersionEntity version = CertificateVersionEntity.find(event.contractNumber(), event.version())
                .orElseThrow(() -> new PoisonEventException(
                        "registry reports an unknown certificate " + event.contractNumber() + " v" + event.version()));
        if (version.registeredAt == null) {
            version.registeredAt = event.registeredAt();
        }
    }
}
