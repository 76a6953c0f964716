package jp.esurety.registry.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jp.esurety.platform.crypto.KeyIds;
import jp.esurety.platform.crypto.Multikey;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.crypto.VerificationMethodResolver;
import jp.esurety.registry.config.RegistryConfig;
import jp.esurety.registry.config.RegistryKeys;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.registry.persistence.IssuerEntity;
import jp.esurety.registry.persistence.TrustedKeyEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The issuers (surety companies) and their keys the registry accepts proofs from: seeded from its key folder at
 * start, then managed by {@code registry_admin}. An issuer may have several active keys (rotation: add the new key,
 * then revoke the old one once it no longer signs); a revoked key never verifies again.
 */
@ApplicationScoped
public class TrustStore implements VerificationMethodResolver {

    private final RegistryConfig config;
    private final RegistryKeys keys;
    private final Clock clock;

    public TrustStore(RegistryConfig config, RegistryKeys keys, Clock clock) {
        this.config = config;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional
    void seed(@Observes StartupEvent event) {
        StartupSeeding.lock();
        Path file = keys.trustedIssuersDir().resolve(config.seedIssuerKeyName() + ".pub.pem");
        if (Files.exists(file)) {
            trust(config.seedIssuerId(), "東日本建設業保証株式会社", Pem.readPublicKey(file));
        }
    }

    /** A trusted (or revoked) issuer key. */
    public record TrustAnchor(String verificationMethod, String issuerId, String issuerName,
                              String publicKeyMultibase, java.time.Instant addedAt, java.time.Instant revokedAt) {
    }

    /** Adds an issuer key (idempotent), registering the issuer if new; returns its verification method id. */
    @Transactional
    public String trust(String issuerId, String issuerName, PublicKey key) {
        if (IssuerEntity.findByIdOptional(issuerId).isEmpty()) {
            IssuerEntity issuer = new IssuerEntity();
            issuer.issuerId = issuerId;
            issuer.name = issuerName == null || issuerName.isBlank() ? issuerId : issuerName;
            issuer.addedAt = clock.instant();
            issuer.persist();
        }
        String verificationMethod = issuerId + "#" + KeyIds.of(key);
        TrustedKeyEntity existing = TrustedKeyEntity.findById(verificationMethod);
        if (existing != null && existing.revokedAt != null) {
            throw ProblemException.conflict("この鍵は失効済みのため、再登録できません。");
        }
        if (TrustedKeyEntity.findByIdOptional(verificationMethod).isEmpty()) {
            TrustedKeyEntity trusted = new TrustedKeyEntity();
            trusted.verificationMethod = verificationMethod;
            trusted.issuerId = issuerId;
            trusted.publicKeyMultibase = Multikey.encode(key);
            trusted.addedAt = clock.instant();
            trusted.persist();
        }
        return verificationMethod;
    }

    /** Revokes a key: proofs under it are refused from now on (registered versions stay). */
    @Transactional
    public TrustAnchor revoke(String verificationMethod) {
        TrustedKeyEntity key = TrustedKeyEntity.<TrustedKeyEntity>findByIdOptional(verificationMethod)
                .orElseThrow(() -> ProblemException.notFound("この鍵は登録されていません。"));
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
        }
        return anchor(key);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrustAnchor> anchors() {
        return TrustedKeyEntity.<TrustedKeyEntity>listAll(io.quarkus.panache.common.Sort.by("issuerId", "addedAt"))
                .stream().map(TrustStore::anchor).toList();
    }

    private static TrustAnchor anchor(TrustedKeyEntity k) {
        String name = IssuerEntity.<IssuerEntity>findByIdOptional(k.issuerId).map(i -> i.name).orElse(k.issuerId);
        return new TrustAnchor(k.verificationMethod, k.issuerId, name, k.publicKeyMultibase, k.addedAt, k.revokedAt);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicKey> resolve(String verificationMethodId) {
        return TrustedKeyEntity.active(verificationMethodId).map(k -> Multikey.decode(k.publicKeyMultibase));
    }

    /** The issuer a trusted verification method belongs to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> issuerOf(String verificationMethodId) {
        return TrustedKeyEntity.active(verificationMethodId).map(k -> k.issuerId);
    }
}
