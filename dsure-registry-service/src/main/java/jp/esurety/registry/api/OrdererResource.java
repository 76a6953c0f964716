package jp.esurety.registry.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.registry.domain.SubmissionSettings;
import jp.esurety.registry.service.ManagingOrderers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;

/** The orderer directory; registry staff manage organisations, each orderer admin its submission settings. */
@Path("/api/v1/orderers")
@Produces(MediaType.APPLICATION_JSON)
public class OrdererResource {

    public record OrdererRequest(
            @NotBlank(message = "発注者IDを入力してください。") @Pattern(regexp = "ORD-[0-9]{6}", message = "発注者IDは ORD-000000 の形式で入力してください。") String ordererId,
            @NotBlank(message = "発注者名を入力してください。") String name,
            LocalDate acceptsElectronicSuretyFrom, String allowedWorksRule) {
    }

    public record SubmissionRequest(String submissionAddress, String subjectTemplate, boolean printoutRequired) {
    }

    private final ManagingOrderers orderers;
    private final JsonWebToken token;

    public OrdererResource(ManagingOrderers orderers, JsonWebToken token) {
        this.orderers = orderers;
        this.token = token;
    }

    @GET
    @PermitAll
    @Operation(summary = "電子保証を利用できる発注者の一覧（公開）")
    public List<ManagingOrderers.Orderer> directory() {
        return orderers.directory();
    }

    @PUT
    @Path("/{ordererId}/submission-settings")
    @RolesAllowed("orderer_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "認証キーのお知らせの提出方法を設定する（自団体のみ, OrdererUpdated）")
    public ManagingOrderers.Orderer submission(@PathParam("ordererId") String ordererId, SubmissionRequest r) {
        return orderers.setSubmission(token.getClaim("orderer_id"), ordererId,
                new SubmissionSettings(r.submissionAddress(), r.subjectTemplate(), r.printoutRequired()));
    }
}
