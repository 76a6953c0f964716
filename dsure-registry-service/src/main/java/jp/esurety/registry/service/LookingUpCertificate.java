package jp.esurety.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.registry.config.RegistryKeys;
import jp.esurety.registry.domain.LookupInput;
import jp.esurety.registry.persistence.KeyDigestEntity;
import jp.esurety.registry.persistence.RegisteredCertificateEntity;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * An orderer views a certificate with 保証契約番号 + 認証キー. It opens only when the key matches (constant-time
 * digest comparison) and the certificate's obligee is the orderer's own organisation; every failure looks the same.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LookingUpCertificate {

    /** The certificate as the orderer sees it: the signed credential and when it reached D-Sure. */
    public record CertificateView(String contractNumber, int version, Instant registeredAt, String issuerId,
                                  JsonNode credential) {
    }

    private final RegistryKeys keys;
    private final ObjectMapper mapper;

    public LookingUpCertificate(RegistryKeys keys, ObjectMapper mapper) {
        this.keys = keys;
        this.mapper = mapper;
    }

    public Optional<CertificateView> lookup(String ordererId, String contractNumber, String authenticationKey) {
        Optional<LookupInput> input = LookupInput.normalise(contractNumber, authenticationKey);
        if (input.isEmpty()) {
            return Optional.empty();
        }
        String number = input.get().contractNumber();
        Optional<KeyDigestEntity> digest = KeyDigestEntity.findByIdOptional(number);
        boolean keyMatches = keys.keyDigest().matches(input.get().authenticationKey(),
                digest.map(d -> d.digest).orElse(""));
        if (!keyMatches) {
            return Optional.empty();
        }
        return RegisteredCertificateEntity.latest(number)
                .filter(c -> c.obligeeId.equals(ordererId))
                .map(this::view);
    }

    private CertificateView view(RegisteredCertificateEntity c) {
        try {
            return new CertificateView(c.contractNumber, c.version, c.registeredAt, c.issuerId,
                    mapper.readTree(c.credential));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
