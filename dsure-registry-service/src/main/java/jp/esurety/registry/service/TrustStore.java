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
import jp.esurety.registry.persistence.TrustedKeyEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Optional;

/** The issuer keys the registry accepts proofs from, seeded from its key folder at start. */
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
        Path file = keys.trustedIssuersDir().resolve(config.seedIssuerKeyName() + ".pub.pem");
        if (Files.exists(file)) {
            trust(config.seedIssuerId(), Pem.readPublicKey(file));
        }
    }

    /** Adds an issuer key (idempotent); returns its verification method id. */
    @Transactional
    public String trust(String issuerId, PublicKey key) {
        String verificationMethod = issuerId + "#" + KeyIds.of(key);
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
