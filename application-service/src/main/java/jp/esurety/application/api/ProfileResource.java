package jp.esurety.application.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.application.service.KeepingProfile;
import jp.esurety.application.service.ProfileView;
import jp.esurety.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** お客様情報: the signed-in contractor's company (read copy of the surety's register) and its default contact. */
@Path("/api/profile")
@RolesAllowed("contractor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "お客様情報", description = "会社の情報(保証会社の登録内容)と既定の連絡先")
@APIResponse(responseCode = "401", description = "ログインしていません")
@APIResponse(responseCode = "403", description = "この操作の権限がありません")
public class ProfileResource {

    private static final String PROBLEM = "application/problem+json";

    private final KeepingProfile profile;
    private final CurrentContractor caller;

    public ProfileResource(KeepingProfile profile, CurrentContractor caller) {
        this.profile = profile;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "お客様情報を表示する",
            description = "会社の情報は保証会社の登録内容(ContractorRegistered)で、届くまでは null です。既定の連絡先は保存するまで null です。")
    @APIResponse(responseCode = "200", description = "お客様情報",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public ProfileView get() {
        return profile.profile(caller.id());
    }

    @PUT
    @Path("default-contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "既定の連絡先を保存する", description = "新しい申込の担当部署・役職・担当者名・電話番号・完了メールの宛先に入ります。")
    @APIResponse(responseCode = "200", description = "保存しました(お客様情報全体)",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", description = "入力内容の誤り(項目ごとのメッセージ)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ProfileView saveDefaultContact(
            @NotNull(message = "連絡先を送信してください。") @Valid DefaultContactRequest request) {
        return profile.saveDefaultContact(caller.id(), request);
    }

    @DELETE
    @Path("default-contact")
    @Operation(summary = "既定の連絡先を削除する")
    @APIResponse(responseCode = "204", description = "削除しました")
    public Response deleteDefaultContact() {
        profile.deleteDefaultContact(caller.id());
        return Response.noContent().build();
    }
}
