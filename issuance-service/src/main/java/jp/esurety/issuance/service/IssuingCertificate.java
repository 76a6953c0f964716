package jp.esurety.issuance.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.config.IssuanceKeys;
import jp.esurety.issuance.domain.AuthenticationKey;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.AuthenticationKeyEntity;
import jp.esurety.issuance.persistence.CertificateVersionEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
import jp.esurety.platform.crypto.EddsaJcs2022;
import jp.esurety.platform.crypto.KeySealer;
import jp.esurety.platform.crypto.SealedSecret;
import jp.esurety.platform.outbox.Outbox;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Issues a certificate version: the signed credential (eddsa-jcs-2022) and, for an electronic contract, its own
 * 認証キー (rule 2: one key per product line), kept encrypted and sealed separately for the registry and notification.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IssuingCertificate {

    private final CertificateCredentials credentials;
    private final IssuanceKeys keys;
    private final Outbox outbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public IssuingCertificate(CertificateCredentials credentials, IssuanceKeys keys, Outbox outbox, Clock clock) {
        this.credentials = credentials;
        this.keys = keys;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void issueFirstVersion(GuaranteeContractEntity contract, SuretyBranchEntity branch) {
        Instant now = clock.instant();
        int version = 1;
        ObjectNode signed = signVersion(contract, branch, version, "NEW", null, null, now);
        List<IssuanceEvents.SealedKey> sealedKeys = "ELECTRONIC".equals(contract.format)
                ? createKey(contract.contractNumber, now) : List.of();
        outbox.publish(IssuanceEvents.TOPIC, IssuanceEvents.CERTIFICATE_ISSUED, contract.contractNumber,
                new IssuanceEvents.CertificateIssued(contract.contractNumber, contract.applicationId, contract.lineId,
                        version, "NEW", contract.format, contract.productType,
                        new IssuanceEvents.Obligee(contract.obligeeId, contract.obligeeName), contract.contractorId,
                        signed, sealedKeys, now));
    }

    /** Signs and stores a version of the contract as it is now. */
    public ObjectNode signVersion(GuaranteeContractEntity contract, SuretyBranchEntity branch, int version,
                                  String versionKind, Integer sequence, java.util.UUID amendmentApplicationId,
                                  Instant now) {
        ObjectNode unsigned = credentials.build(contract, branch, version, versionKind, sequence, now);
        ObjectNode signed = EddsaJcs2022.sign(unsigned, keys.signingKey(), keys.verificationMethod(), now);
        CertificateVersionEntity certificate = new CertificateVersionEntity();
        certificate.contractNumber = contract.contractNumber;
        certificate.version = version;
        certificate.versionKind = versionKind;
        certificate.sequence = sequence;
        certificate.amendmentApplicationId = amendmentApplicationId;
        certificate.credential = signed.toString();
        certificate.issuedAt = now;
        certificate.persist();
        return signed;
    }

    /** The contract's existing key sealed again for the consumers (an amended or corrected version keeps it). */
    public List<IssuanceEvents.SealedKey> sealExistingKey(GuaranteeContractEntity contract) {
        if (!"ELECTRONIC".equals(contract.format)) {
            return List.of();
        }
        AuthenticationKeyEntity stored = AuthenticationKeyEntity.findById(contract.contractNumber);
        byte[] aad = contract.contractNumber.getBytes(StandardCharsets.US_ASCII);
        return seal(keys.keyBox().decrypt(stored.boxedKey, aad), aad);
    }

    /** A new key replaces the stored one (a leaked key stops working once the registry takes the new one). */
    public List<IssuanceEvents.SealedKey> replaceKey(GuaranteeContractEntity contract, Instant now) {
        AuthenticationKeyEntity stored = AuthenticationKeyEntity.findById(contract.contractNumber);
        AuthenticationKey key = AuthenticationKey.generate(random);
        byte[] plaintext = key.reveal().getBytes(StandardCharsets.US_ASCII);
        byte[] aad = contract.contractNumber.getBytes(StandardCharsets.US_ASCII);
        stored.boxedKey = keys.keyBox().encrypt(plaintext, aad);
        stored.createdAt = now;
        return seal(plaintext, aad);
    }

    private List<IssuanceEvents.SealedKey> seal(byte[] plaintext, byte[] aad) {
        return keys.recipients().stream().map(recipient -> {
            SealedSecret sealed = KeySealer.seal(plaintext, recipient.kid(), recipient.publicKey(), aad);
            return new IssuanceEvents.SealedKey(recipient.name(), sealed.alg(), sealed.kid(), sealed.epk(),
                    sealed.iv(), sealed.ct());
        }).toList();
    }

    private List<IssuanceEvents.SealedKey> createKey(String contractNumber, Instant now) {
        AuthenticationKey key = AuthenticationKey.generate(random);
        byte[] plaintext = key.reveal().getBytes(StandardCharsets.US_ASCII);
        byte[] aad = contractNumber.getBytes(StandardCharsets.US_ASCII);

        AuthenticationKeyEntity stored = new AuthenticationKeyEntity();
        stored.contractNumber = contractNumber;
        stored.boxedKey = keys.keyBox().encrypt(plaintext, aad);
        stored.createdAt = now;
        stored.persist();

        return seal(plaintext, aad);
    }
}
