package jp.esurety.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.platform.crypto.Multikey;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.registry.service.SearchingAuditLog;
import jp.esurety.registry.service.TrustStore;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;

/** Registry staff ({@code registry_admin}): the lookup audit log and the issuers' trust anchors. */
@Path("/api/v1/admin")
@RolesAllowed("registry_admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    public record TrustAnchorRequest(@NotBlank(message = "発行者IDを入力してください。") String issuerId,
                                     String issuerName, String publicKeyPem, String publicKeyMultibase) {
    }

    public record RevocationRequest(@NotBlank(message = "検証メソッドIDを入力してください。") String verificationMethod) {
    }

    public record Added(String verificationMethod) {
    }

    private final SearchingAuditLog auditLog;
    private final TrustStore trustStore;

    public AdminResource(SearchingAuditLog auditLog, TrustStore trustStore) {
        this.auditLog = auditLog;
        this.trustStore = trustStore;
    }

    @GET
    @Path("/audit-entries")
    @Operation(summary = "照会ログの検索 (every view and failure, newest first)")
    public List<SearchingAuditLog.AuditEntry> audit(@QueryParam("contractNumber") String contractNumber,
                                                    @QueryParam("username") String username,
                                                    @QueryParam("ordererId") String ordererId,
                                                    @QueryParam("outcome") String outcome,
                                                    @QueryParam("action") String action,
                                                    @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        return auditLog.search(new SearchingAuditLog.Criteria(contractNumber, username, ordererId, outcome, from, to,
                limit, action));
    }

    @GET
    @Path("/trust-anchors")
    @Operation(summary = "保証会社の検証鍵の一覧 (active and revoked)")
    public List<TrustStore.TrustAnchor> anchors() {
        return trustStore.anchors();
    }

    @POST
    @Path("/trust-anchors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "保証会社の検証鍵を追加する (new issuer or key rotation)")
    public Added add(@NotNull @Valid TrustAnchorRequest request) {
        return new Added(trustStore.trust(request.issuerId(), request.issuerName(), key(request)));
    }

    @POST
    @Path("/trust-anchors/revocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "保証会社の検証鍵を失効させる")
    public TrustStore.TrustAnchor revoke(@NotNull @Valid RevocationRequest request) {
        return trustStore.revoke(request.verificationMethod());
    }

    /** The Ed25519 key of a request (PEM or multibase), or a 400 with the field message. */
    static PublicKey key(TrustAnchorRequest request) {
        try {
            if (request.publicKeyPem() != null && !request.publicKeyPem().isBlank()) {
                PublicKey key = Pem.decodePublicKey(request.publicKeyPem());
                Multikey.encode(key); // Ed25519 only
                return key;
            }
            if (request.publicKeyMultibase() != null && !request.publicKeyMultibase().isBlank()) {
                return Multikey.decode(request.publicKeyMultibase());
            }
        } catch (RuntimeException e) {
            // fall through to the field error
        }
        throw ProblemException.invalid(List.of(new Problem.FieldError("publicKeyPem",
                "Ed25519 の公開鍵（PEM または publicKeyMultibase）を入力してください。")));
    }
}
