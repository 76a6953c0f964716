package jp.esurety.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jp.esurety.notification.service.DownloadingFundsDocuments;
import jp.esurety.notification.service.DownloadingStatement;
import jp.esurety.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/** Contractor-facing PDFs other than the key notice (statements, funds documents), for the owning contractor. */
@Path("/api/documents-pdf")
@RolesAllowed("contractor")
public class DocumentPdfResource {

    /** Statements do not change once rendered, but stay private to the contractor. */
    private static final String CACHE = "private, no-cache";

    private final DownloadingStatement statements;
    private final DownloadingFundsDocuments funds;
    private final JsonWebToken token;

    public DocumentPdfResource(DownloadingStatement statements, DownloadingFundsDocuments funds, JsonWebToken token) {
        this.statements = statements;
        this.funds = funds;
        this.token = token;
    }

    /** 保証料計算書. */
    @GET
    @Path("premium-statements/{statementId}")
    @Produces("application/pdf")
    public Response premiumStatement(@PathParam("statementId") UUID statementId) {
        return PdfDownloads.attachment(statements.premiumStatement(statementId, PdfDownloads.contractorId(token))
                .orElseThrow(() -> ProblemException.notFound("保証料計算書が見つかりません。")),
                "premium-statement-" + statementId + ".pdf", CACHE);
    }

    /** 保証料返還計算書 of a cancelled guarantee. */
    @GET
    @Path("refund-statements/{contractNumber}")
    @Produces("application/pdf")
    public Response refundStatement(@PathParam("contractNumber") String contractNumber) {
        return PdfDownloads.attachment(statements.refundStatement(contractNumber, PdfDownloads.contractorId(token))
                .orElseThrow(() -> ProblemException.notFound("保証料返還計算書が見つかりません。")),
                "refund-statement-" + contractNumber + ".pdf", CACHE);
    }

    /** 前払金請求書 of the contractor's contract. */
    @GET
    @Path("advance-claims/{contractNumber}")
    @Produces("application/pdf")
    public Response advanceClaim(@PathParam("contractNumber") String contractNumber) {
        return PdfDownloads.advanceClaim(funds, contractNumber,
                DownloadingFundsDocuments.Reader.contractor(PdfDownloads.contractorId(token)));
    }

    /** 前払金払出依頼書 of an approved withdrawal of the contractor. */
    @GET
    @Path("withdrawals/{withdrawalId}")
    @Produces("application/pdf")
    public Response withdrawal(@PathParam("withdrawalId") UUID withdrawalId) {
        return PdfDownloads.withdrawal(funds, withdrawalId,
                DownloadingFundsDocuments.Reader.contractor(PdfDownloads.contractorId(token)));
    }
}
