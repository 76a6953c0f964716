package jp.esurety.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.notification.service.DownloadingKeyNotice;
import jp.esurety.notification.service.SubmittingKeyNotice;
import jp.esurety.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.util.List;

/** ⑤ 「認証キー」のお知らせ (PDF) for the contractor who owns the contract: download, and submission to the orderer. */
@Path("/api/key-notices")
@RolesAllowed("contractor")
public class KeyNoticeResource {

    private static final String NOT_FOUND = "認証キーのお知らせが見つかりません。";

    private final DownloadingKeyNotice downloading;
    private final SubmittingKeyNotice submitting;
    private final JsonWebToken token;

    public KeyNoticeResource(DownloadingKeyNotice downloading, SubmittingKeyNotice submitting, JsonWebToken token) {
        this.downloading = downloading;
        this.submitting = submitting;
        this.token = token;
    }

    @GET
    @Path("{contractNumber}")
    @Produces("application/pdf")
    public Response download(@PathParam("contractNumber") String contractNumber) {
        // no-store: the PDF carries the authentication key
        return PdfDownloads.attachment(downloading.download(contractNumber, contractorId())
                .orElseThrow(() -> ProblemException.notFound(NOT_FOUND)), "key-notice-" + contractNumber + ".pdf", "no-store");
    }

    /** 発注者への提出: mails the key notice to the orderer's submission address. */
    @POST
    @Path("{contractNumber}/submissions")
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("contractNumber") String contractNumber) {
        SubmittingKeyNotice.Submission submission = submitting.submit(contractNumber, contractorId(), token.getName())
                .orElseThrow(() -> ProblemException.notFound(NOT_FOUND));
        return Response.created(URI.create("/api/key-notices/" + contractNumber + "/submissions")).entity(submission)
                .build();
    }

    @GET
    @Path("{contractNumber}/submissions")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SubmittingKeyNotice.Submission> submissions(@PathParam("contractNumber") String contractNumber) {
        return submitting.list(contractNumber, contractorId()).orElseThrow(() -> ProblemException.notFound(NOT_FOUND));
    }

    private String contractorId() {
        return PdfDownloads.contractorId(token);
    }
}
