package jp.esurety.registry.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.registry.domain.SubmissionSettings;
import jp.esurety.registry.service.ManagingOrdererUsers;
import jp.esurety.registry.service.ManagingOrderers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The orderer directory; registry staff manage organisations, each orderer admin its submission settings. */
@Path("/api/v1/orderers")
@Produces(MediaType.APPLICATION_JSON)
public class OrdererResource {

    public record OrdererRequest(
            @NotBlank(message = "発注者IDを入力してください。") @Pattern(regexp = "ORD-[0-9]{6}", message = "発注者IDは ORD-000000 の形式で入力してください。") String ordererId,
            @NotBlank(message = "発注者名を入力してください。") String name,
            LocalDate acceptsElectronicSuretyFrom, String allowedWorksRule,
            @Schema(description = "電子保証を利用できる工事: ALL_WORKS（すべて）| MARKED_WORKS_ONLY（発注者が認めた工事のみ, 既定）")
            String allowedWorks) {

        ManagingOrderers.Enrollment enrollment() {
            return new ManagingOrderers.Enrollment(name, acceptsElectronicSuretyFrom, allowedWorks, allowedWorksRule);
        }
    }

    public record SubmissionRequest(String submissionAddress, String subjectTemplate, boolean printoutRequired) {
    }

    private final ManagingOrderers orderers;
    private final ManagingOrdererUsers users;
    private final JsonWebToken token;

    public OrdererResource(ManagingOrderers orderers, ManagingOrdererUsers users, JsonWebToken token) {
        this.orderers = orderers;
        this.users = users;
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
    public ManagingOrderers.Orderer submission(@PathParam("ordererId") String ordererId, @NotNull SubmissionRequest r) {
        return orderers.setSubmission(token.getClaim("orderer_id"), ordererId,
                new SubmissionSettings(r.submissionAddress(), r.subjectTemplate(), r.printoutRequired()));
    }

    @GET
    @Path("/{ordererId}/users")
    @RolesAllowed("orderer_admin")
    @Operation(summary = "自団体の利用者の一覧（D-Sure の利用者台帳）")
    public List<ManagingOrdererUsers.OrdererUser> users(@PathParam("ordererId") String ordererId) {
        return users.list(token.getClaim("orderer_id"), ordererId);
    }

    @POST
    @Path("/{ordererId}/users")
    @RolesAllowed("orderer_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "自団体の利用者を追加する（ユーザーID = realm dsure のユーザー名）")
    public ManagingOrdererUsers.OrdererUser addUser(@PathParam("ordererId") String ordererId,
                                                    ManagingOrdererUsers.NewUser user) {
        return users.create(token.getClaim("orderer_id"), caller(), ordererId,
                user == null ? new ManagingOrdererUsers.NewUser(null, null, null) : user);
    }

    @POST
    @Path("/{ordererId}/users/{username}/disable")
    @RolesAllowed("orderer_admin")
    @Operation(summary = "自団体の利用者を無効にする（以後の照会・表示を拒否）")
    public ManagingOrdererUsers.OrdererUser disableUser(@PathParam("ordererId") String ordererId,
                                                        @PathParam("username") String username) {
        return users.setEnabled(token.getClaim("orderer_id"), caller(), ordererId, username, false);
    }

    @POST
    @Path("/{ordererId}/users/{username}/enable")
    @RolesAllowed("orderer_admin")
    @Operation(summary = "自団体の利用者を有効に戻す")
    public ManagingOrdererUsers.OrdererUser enableUser(@PathParam("ordererId") String ordererId,
                                                       @PathParam("username") String username) {
        return users.setEnabled(token.getClaim("orderer_id"), caller(), ordererId, username, true);
    }

    private String caller() {
        return token.getName() != null ? token.getName() : token.getSubject();
    }
}
