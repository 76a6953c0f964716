package jp.esurety.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.registry.service.LookingUpCertificate;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Machine lookup for orderers: 保証契約番号 + 認証キー → the certificate, if it names the caller's organisation. */
@Path("/api/v1/verifications")
@RolesAllowed("orderer")
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
    public LookingUpCertificate.CertificateView verify(@Valid VerificationRequest request) {
        String ordererId = token.getClaim("orderer_id");
        if (ordererId == null) {
            throw ProblemException.notFound("保証契約番号または認証キーが正しくありません。");
        }
        return lookingUp.lookup(ordererId, request.contractNumber(), request.authenticationKey())
                .orElseThrow(() -> ProblemException.notFound("保証契約番号または認証キーが正しくありません。"));
    }
}
