package jp.esurety.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.platform.inbox.PoisonEventException;
import jp.esurety.registry.config.RegistryKeys;
import jp.esurety.registry.messaging.RegistryEvents;
import jp.esurety.registry.persistence.CertificateFactEntity;
import jp.esurety.registry.persistence.RegisteredCertificateEntity;

import java.time.Clock;
import java.time.Instant;

/**
 * Records what issuance reports after a certificate was placed: a cancelled change (取消された変更, hidden from then
 * on), the guarantee's cancellation (解約) or expiry (保証期限経過), and a reissued 認証キー (the stored digest is
 * replaced, so the old key fails from then on). Facts are appended, never changed; facts about certificates that
 * never reached D-Sure (paper) are ignored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordingCertificateFacts {

    private final RegistryKeys keys;
    private final Clock clock;

    public RecordingCertificateFacts(RegistryKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public void amendmentCancelled(RegistryEvents.AmendmentCancelled e) {
        if (known(e.contractNumber())) {
            append(e.contractNumber(), CertificateFactEntity.AMENDMENT_CANCELLED, e.cancelledVersion(), e.reason(),
                    e.cancelledAt());
        }
    }

    public void guaranteeCancelled(RegistryEvents.GuaranteeCancelled e) {
        if (known(e.contractNumber())) {
            append(e.contractNumber(), CertificateFactEntity.GUARANTEE_CANCELLED, null, e.reason(), e.cancelledAt());
        }
    }

    public void guaranteeExpired(RegistryEvents.GuaranteeExpired e) {
        if (known(e.contractNumber())) {
            append(e.contractNumber(), CertificateFactEntity.GUARANTEE_EXPIRED, null, null, e.expiredAt());
        }
    }

    public void keyReissued(RegistryEvents.KeyReissued e) {
        if (!known(e.contractNumber())) {
            return;
        }
        byte[] key = RegisteringCertificate.unsealFor(e.contractNumber(), e.sealedKeys(), keys)
                .orElseThrow(() -> new PoisonEventException("no key sealed for this registry in the reissue of "
                        + e.contractNumber()));
        Instant now = clock.instant();
        RegisteringCertificate.storeDigest(e.contractNumber(), key, now, keys);
        append(e.contractNumber(), CertificateFactEntity.KEY_REISSUED, null, e.reason(), e.reissuedAt());
    }

    private void append(String contractNumber, String kind, Integer version, String reason, Instant occurredAt) {
        CertificateFactEntity fact = new CertificateFactEntity();
        fact.contractNumber = contractNumber;
        fact.kind = kind;
        fact.version = version;
        fact.reason = reason;
        fact.occurredAt = occurredAt == null ? clock.instant() : occurredAt;
        fact.recordedAt = clock.instant();
        fact.persist();
    }

    private static boolean known(String contractNumber) {
        return RegisteredCertificateEntity.count("contractNumber", contractNumber) > 0;
    }
}
