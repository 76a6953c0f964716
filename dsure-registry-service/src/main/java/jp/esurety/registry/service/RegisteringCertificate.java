package jp.esurety.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
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
import jp.esurety.registry.domain.VersionHistory;
import jp.esurety.registry.messaging.RegistryEvents;
import jp.esurety.registry.persistence.KeyDigestEntity;
import jp.esurety.registry.persistence.RegisteredCertificateEntity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Places an electronic certificate version on D-Sure (新規, 変更 or 訂正): verifies the issuer's proof against the
 * trust store, checks the credential is the one the event names, unseals the key meant for the registry and keeps
 * only its peppered digest, appends the version (never changing an earlier one) and its leaf in the Merkle log, and
 * tells the orderer users who viewed the certificate. The moment it is stored is its 電子保証発行日時
 * ({@code registeredAt}). Refusals go to the dead-letter topic and count in {@code dsure.certificates.refused}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegisteringCertificate {

    public static final String REFUSED_METRIC = "dsure.certificates.refused";

    private final TrustStore trustStore;
    private final RegistryKeys keys;
    private final MerkleLog log;
    private final NotifyingViewers notifying;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry meters;

    public RegisteringCertificate(TrustStore trustStore, RegistryKeys keys, MerkleLog log, NotifyingViewers notifying,
                                  Outbox outbox, Clock clock, MeterRegistry meters) {
        this.trustStore = trustStore;
        this.keys = keys;
        this.log = log;
        this.notifying = notifying;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
    }

    /** A version as the three issuance events carry it. */
    private record Incoming(String contractNumber, int version, VersionHistory.Kind kind, Integer sequence,
                            Integer supersedes, String format, String productType, String obligeeId,
                            UUID applicationId, UUID lineId, ObjectNode credential,
                            List<RegistryEvents.SealedKey> sealedKeys) {
    }

    public void register(RegistryEvents.CertificateIssued e) {
        store(new Incoming(e.contractNumber(), e.version(), VersionHistory.Kind.NEW, null, null, e.format(),
                e.productType(), e.obligee().ordererId(), e.applicationId(), e.lineId(), e.credential(),
                e.sealedKeys()));
    }

    public void amend(RegistryEvents.CertificateAmended e) {
        store(new Incoming(e.contractNumber(), e.version(), VersionHistory.Kind.AMENDMENT, e.sequence(), null,
                e.format(), e.productType(), e.obligee().ordererId(), e.applicationId(), e.lineId(), e.credential(),
                e.sealedKeys()));
    }

    public void correct(RegistryEvents.CertificateCorrected e) {
        Optional<RegisteredCertificateEntity> superseded =
                RegisteredCertificateEntity.version(e.contractNumber(), e.supersededVersion());
        if (superseded.isEmpty()) {
            if (RegisteredCertificateEntity.versions(e.contractNumber()).isEmpty()) {
                return; // a paper certificate (never on D-Sure) or unknown here: nothing to correct
            }
            refuse("unknown-version", "correction of " + e.contractNumber() + " supersedes unknown version "
                    + e.supersededVersion());
        }
        RegisteredCertificateEntity s = superseded.get();
        store(new Incoming(e.contractNumber(), e.version(), VersionHistory.Kind.CORRECTION, s.sequence,
                e.supersededVersion(), "ELECTRONIC", s.productType, s.obligeeId, s.applicationId, s.lineId,
                e.credential(), e.sealedKeys() == null ? List.of() : e.sealedKeys()));
    }

    private void store(Incoming in) {
        if (!"ELECTRONIC".equals(in.format())) {
            return; // paper certificates never reach D-Sure
        }
        if (RegisteredCertificateEntity.exists(in.contractNumber(), in.version())) {
            return;
        }
        String issuerId = verify(in);
        Optional<byte[]> key = unseal(in.contractNumber(), in.sealedKeys());
        if (in.kind() == VersionHistory.Kind.NEW && key.isEmpty()) {
            refuse("no-key", "no key sealed for this registry in " + in.contractNumber());
        }

        // milliseconds: what the database keeps is exactly what the log leaf was computed from
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        RegisteredCertificateEntity certificate = new RegisteredCertificateEntity();
        certificate.contractNumber = in.contractNumber();
        certificate.version = in.version();
        certificate.versionKind = in.kind().name();
        certificate.sequence = in.sequence();
        certificate.supersedesVersion = in.supersedes();
        certificate.obligeeId = in.obligeeId();
        certificate.issuerId = issuerId;
        certificate.credential = in.credential().toString();
        certificate.registeredAt = now;
        certificate.applicationId = in.applicationId();
        certificate.lineId = in.lineId();
        certificate.productType = in.productType();
        certificate.persist();

        key.ifPresent(k -> storeDigest(in.contractNumber(), k, now, keys));
        log.append(certificate);
        if (in.kind() != VersionHistory.Kind.NEW) {
            notifying.newVersion(in.contractNumber(), in.version(), now);
        }
        outbox.publish(RegistryEvents.TOPIC, RegistryEvents.CERTIFICATE_REGISTERED, in.contractNumber(),
                new RegistryEvents.CertificateRegistered(in.contractNumber(), in.version(), now,
                        in.applicationId(), in.lineId()));
    }

    /** Replaces the stored digest: from now on only this key opens the certificate. */
    static void storeDigest(String contractNumber, byte[] key, Instant now, RegistryKeys keys) {
        KeyDigestEntity digest = KeyDigestEntity.<KeyDigestEntity>findByIdOptional(contractNumber)
                .orElseGet(KeyDigestEntity::new);
        digest.contractNumber = contractNumber;
        digest.digest = keys.keyDigest().digest(new String(key, StandardCharsets.US_ASCII));
        digest.storedAt = now;
        digest.persist();
    }

    private String verify(Incoming in) {
        try {
            EddsaJcs2022.verify(in.credential(), trustStore);
        } catch (ProofVerificationException e) {
            refuse(e.reason().name().toLowerCase().replace('_', '-'),
                    "certificate " + in.contractNumber() + " refused: " + e.getMessage(), e);
        }
        JsonNode subject = in.credential().path("credentialSubject");
        if (!in.contractNumber().equals(subject.path("contractNumber").asText())
                || (subject.has("version") && in.version() != subject.path("version").asInt()
                    && in.kind() != VersionHistory.Kind.CORRECTION)
                || !in.obligeeId().equals(subject.path("obligee").path("ordererId").asText())) {
            refuse("mismatch", "certificate " + in.contractNumber() + " does not match its event");
        }
        String verificationMethod = in.credential().path("proof").path("verificationMethod").asText();
        String issuer = trustStore.issuerOf(verificationMethod).orElseThrow();
        if (!issuer.equals(in.credential().path("issuer").path("id").asText())) {
            refuse("foreign-key", "certificate " + in.contractNumber() + " signed by another issuer's key");
        }
        return issuer;
    }

    private Optional<byte[]> unseal(String contractNumber, List<RegistryEvents.SealedKey> sealedKeys) {
        return unsealFor(contractNumber, sealedKeys, keys);
    }

    static Optional<byte[]> unsealFor(String contractNumber, List<RegistryEvents.SealedKey> sealedKeys,
                                      RegistryKeys keys) {
        Optional<RegistryEvents.SealedKey> sealed = sealedKeys.stream()
                .filter(k -> "registry".equals(k.recipient()) && keys.unsealingKid().equals(k.kid()))
                .findFirst();
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        RegistryEvents.SealedKey s = sealed.get();
        try {
            return Optional.of(KeySealer.unseal(new SealedSecret(s.alg(), s.kid(), s.epk(), s.iv(), s.ct()),
                    keys.unsealingKey(), contractNumber.getBytes(StandardCharsets.US_ASCII)));
        } catch (DecryptionException e) {
            throw new PoisonEventException("sealed key of " + contractNumber + " cannot be opened", e);
        }
    }

    private void refuse(String reason, String message) {
        refuse(reason, message, null);
    }

    private void refuse(String reason, String message, Exception cause) {
        meters.counter(REFUSED_METRIC, "reason", reason).increment();
        throw cause == null ? new PoisonEventException(message) : new PoisonEventException(message, cause);
    }
}
