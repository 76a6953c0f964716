package jp.esurety.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jp.esurety.notification.service.DownloadingFundsDocuments;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/** Funds PDFs for the surety's staff (role funds or underwriter), only of contracts of the caller's branch. */
@Path("/api/documents-pdf/staff")
@RolesAllowed({"funds", "underwriter"})
public class StaffDocumentPdfResource {

    private final DownloadingFundsDocuments funds;
    private final JsonWebToken token;

    public StaffDocumentPdfResource(DownloadingFundsDocuments funds, JsonWebToken token) {
        this.funds = funds;
        this.token = token;
    }

    /** 前払金請求書 of a contract of the branch. */
    @GET
    @Path("advance-claims/{contractNumber}")
    @Produces("application/pdf")
    public Response advanceClaim(@PathParam("contractNumber") String contractNumber) {
        return PdfDownloads.advanceClaim(funds, contractNumber,
                DownloadingFundsDocuments.Reader.staff(PdfDownloads.branchCode(token)));
    }

    /** 前払金払出依頼書 of an approved withdrawal of the branch. */
    @GET
    @Path("withdrawals/{withdrawalId}")
    @Produces("application/pdf")
    public Response withdrawal(@PathParam("withdrawalId") UUID withdrawalId) {
        return PdfDownloads.withdrawal(funds, withdrawalId,
                DownloadingFundsDocuments.Reader.staff(PdfDownloads.branchCode(token)));
    }
}
