package jp.esurety.issuance.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.issuance.config.IssuanceConfig;
import jp.esurety.issuance.config.IssuanceKeys;
import jp.esurety.platform.crypto.Multikey;

import java.util.List;

/**
 * The issuer's verification methods (Multikey, Ed25519) so anyone can verify a certificate offline — the
 * published half of the eddsa-jcs-2022 proofs.
 */
@Path("/.well-known/certificate-keys")
@PermitAll
public class CertificateKeysResource {

    public record VerificationMethod(String id, String type, String controller, String publicKeyMultibase) {
    }

    public record IssuerKeys(String id, String name, List<VerificationMethod> verificationMethod,
                             List<String> assertionMethod) {
    }

    private final IssuanceConfig config;
    private final IssuanceKeys keys;

    public CertificateKeysResource(IssuanceConfig config, IssuanceKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public IssuerKeys keys() {
        VerificationMethod current = new VerificationMethod(keys.verificationMethod(), "Multikey", config.issuerId(),
                Multikey.encode(keys.verificationKey()));
        return new IssuerKeys(config.issuerId(), config.issuerName(), List.of(current),
                List.of(current.id()));
    }
}
