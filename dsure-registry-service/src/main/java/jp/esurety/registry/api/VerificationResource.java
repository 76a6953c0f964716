package jp.esurety.registry.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.registry.service.CertificateViews;
import jp.esurety.registry.service.LookingUpCertificate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Machine lookup for orderers' e-contract systems: 保証契約番号 + 認証キー → the current version of the signed
 * certificate, if it names the caller's organisation. Same lockout, rate limits and audit as the portal.
 */
@Path("/api/v1/verifications")
@RolesAllowed({"orderer", "orderer_admin"})
public class VerificationResource {

    public record VerificationRequest(
            @NotBlank(message = "保証契約番号を入力してください。") @Size(max = 40) String contractNumber,
            @NotBlank(message = "認証キーを入力してください。") @Size(max = 40) String authenticationKey) {
    }

    private final LookingUpCertificate lookingUp;
    private final JsonWebToken token;

    public VerificationResource(LookingUpCertificate lookingUp, JsonWebToken token) {
        this.lookingUp = lookingUp;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "保証契約番号と認証キーで電子保証を確認する (current version with its proof)")
    @APIResponse(responseCode = "200", description = "the current visible version, its status and signed credential")
    @APIResponse(responseCode = "404", description = "wrong key, unknown number or another orderer's certificate (one answer)")
    @APIResponse(responseCode = "429", description = "locked out of this contract for 30 minutes after 5 failures, or over the rate limit")
    public CertificateViews.CertificateView verify(@NotNull @Valid VerificationRequest request,
                                                  @Context HttpServerRequest http) {
        LookingUpCertificate.Result result = lookingUp.lookup(Callers.of(token, http, "API"),
                request.contractNumber(), request.authenticationKey());
        return Callers.viewOrThrow(result);
    }
}
