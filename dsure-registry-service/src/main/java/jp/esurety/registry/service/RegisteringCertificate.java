package jp.esurety.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.platform.crypto.DecryptionException;
import jp.esurety.platform.crypto.EddsaJcs2022;
import jp.esurety.platform.crypto.KeySealer;
import jp.esurety.platform.crypto.ProofVerificationException;
import jp.esurety.platform.crypto.SealedSecret;
import jp.esurety.platform.inbox.PoisonEventException;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.registry.config.RegistryKeys;
import jp.esurety.registry.messaging.RegistryEvents;
import jp.esurety.registry.persistence.KeyDigestEntity;
import jp.esurety.registry.persistence.RegisteredCertificateEntity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * Places an electronic certificate on D-Sure: verifies the issuer's proof against the trust store, checks the
 * credential is the one the event names, unseals the key meant for the registry and keeps only its peppered digest.
 * The moment it is stored is the certificate's 電子保証発行日時 ({@code registeredAt}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegisteringCertificate {

    private final TrustStore trustStore;
    private final RegistryKeys keys;
    private final Outbox outbox;
    private final Clock clock;

    public RegisteringCertificate(TrustStore trustStore, RegistryKeys keys, Outbox outbox, Clock clock) {
        this.trustStore = trustStore;
        this.keys = keys;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void register(RegistryEvents.CertificateIssued event) {
        if (!"ELECTRONIC".equals(event.format())) {
            return; // paper certificates never reach D-Sure
        }
        if (RegisteredCertificateEntity.exists(event.contractNumber(), event.version())) {
            return;
        }
        String issuerId = verify(event);
        byte[] key = unseal(event);

        Instant now = clock.instant();
        RegisteredCertificateEntity certificate = new RegisteredCertificateEntity();
        certificate.contractNumber = event.contractNumber();
        certificate.version = event.version();
        certificate.obligeeId = event.obligee().ordererId();
        certificate.issuerId = issuerId;
        certificate.credential = event.credential().toString();
        certificate.registeredAt = now;
        certificate.persist();

        KeyDigestEntity digest = KeyDigestEntity.<KeyDigestEntity>findByIdOptional(event.contractNumber())
                .orElseGet(KeyDigestEntity::new);
        digest.contractNumber = event.contractNumber();
        digest.digest = keys.keyDigest().digest(new String(key, StandardCharsets.US_ASCII));
        digest.storedAt = now;
        digest.persist();

        outbox.publish(RegistryEvents.TOPIC, RegistryEvents.CERTIFICATE_REGISTERED, event.contractNumber(),
                new RegistryEvents.CertificateRegistered(event.contractNumber(), event.version(), now,
                        event.applicationId(), event.lineId()));
    }

    private String verify(RegistryEvents.CertificateIssued event) {
        try {
            EddsaJcs2022.verify(event.credential(), trustStore);
        } catch (ProofVerificationException e) {
            throw new PoisonEventException("certificate " + event.contractNumber() + " refused: " + e.getMessage(), e);
        }
        JsonNode subject = event.credential().path("credentialSubject");
        if (!event.contractNumber().equals(subject.path("contractNumber").asText())
                || event.version() != subject.path("version").asInt()
                || !event.obligee().ordererId().equals(subject.path("obligee").path("ordererId").asText())) {
            throw new PoisonEventException("certificate " + event.contractNumber() + " does not match its event");
        }
        String verificationMethod = event.credential().path("proof").path("verificationMethod").asText();
        String issuer = trustStore.issuerOf(verificationMethod).orElseThrow();
        if (!issuer.equals(event.credential().path("issuer").path("id").asText())) {
            throw new PoisonEventException("certificate " + event.contractNumber() + " signed by another issuer's key");
        }
        return issuer;
    }

    private byte[] unseal(RegistryEvents.CertificateIssued event) {
        RegistryEvents.SealedKey sealed = event.sealedKeys().stream()
                .filter(k -> "registry".equals(k.recipient()) && keys.unsealingKid().equals(k.kid()))
                .findFirst()
                .orElseThrow(() -> new PoisonEventException("no key sealed for this registry in " + event.contractNumber()));
        try {
            return KeySealer.unseal(new SealedSecret(sealed.alg(), sealed.kid(), sealed.epk(), sealed.iv(), sealed.ct()),
                    keys.unsealingKey(), event.contractNumber().getBytes(StandardCharsets.US_ASCII));
        } catch (DecryptionException e) {
            throw new PoisonEventException("sealed key of " + event.contractNumber() + " cannot be opened", e);
        }
    }
}
