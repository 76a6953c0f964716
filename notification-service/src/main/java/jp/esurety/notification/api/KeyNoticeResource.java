package jp.esurety.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jp.esurety.notification.service.DownloadingKeyNotice;
import jp.esurety.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** ⑤ 「認証キー」のお知らせ (PDF) download for the contractor who owns the contract. */
@Path("/api/key-notices")
@RolesAllowed("contractor")
public class KeyNoticeResource {

    private final DownloadingKeyNotice downloading;
    private final JsonWebToken token;

    public KeyNoticeResource(DownloadingKeyNotice downloading, JsonWebToken token) {
        this.downloading = downloading;
        this.token = token;
    }

    @GET
    @Path("{contractNumber}")
    @Produces("application/pdf")
    public Response download(@PathParam("contractNumber") String contractNumber) {
        String contractorId = token.getClaim("contractor_id");
        byte[] pdf = downloading.download(contractNumber, contractorId == null ? "" : contractorId)
                .orElseThrow(() -> ProblemException.notFound("認証キーのお知らせが見つかりません。"));
        String filename = "認証キーのお知らせ_" + contractNumber + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"key-notice-" + contractNumber + ".pdf\"; filename*=UTF-8''"
                        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }
}
