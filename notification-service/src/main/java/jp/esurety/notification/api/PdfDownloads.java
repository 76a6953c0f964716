package jp.esurety.notification.api;

import jakarta.ws.rs.core.Response;
import jp.esurety.notification.service.DownloadingFundsDocuments;
import jp.esurety.notification.service.RenderingDocuments;
import jp.esurety.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** What every PDF download shares: the caller from the token, the attachment response, the funds documents. */
final class PdfDownloads {

    /** Funds documents name bank accounts: never kept by shared caches, revalidated by the browser. */
    private static final String FUNDS_CACHE = "private, no-cache";

    private PdfDownloads() {
    }

    /** The caller's contractor id; empty (owning nothing) when the token has none. */
    static String contractorId(JsonWebToken token) {
        String contractorId = token.getClaim("contractor_id");
        return contractorId == null ? "" : contractorId;
    }

    /** The caller's branch (staff); empty (no branch's documents) when the token has none. */
    static String branchCode(JsonWebToken token) {
        String branchCode = token.getClaim("branch_code");
        return branchCode == null ? "" : branchCode;
    }

    /** A 前払金請求書 download for the reader, 404 when it does not exist or is not the reader's. */
    static Response advanceClaim(DownloadingFundsDocuments funds, String contractNumber,
                                 DownloadingFundsDocuments.Reader reader) {
        return attachment(funds.advanceClaim(contractNumber, reader)
                        .orElseThrow(() -> ProblemException.notFound("前払金請求書が見つかりません。")),
                "advance-claim-" + contractNumber + ".pdf", FUNDS_CACHE);
    }

    /** A 前払金払出依頼書 download for the reader, 404 when it does not exist or is not the reader's. */
    static Response withdrawal(DownloadingFundsDocuments funds, UUID withdrawalId,
                               DownloadingFundsDocuments.Reader reader) {
        return attachment(funds.withdrawal(withdrawalId, reader)
                        .orElseThrow(() -> ProblemException.notFound("前払金払出依頼書が見つかりません。")),
                "withdrawal-" + withdrawalId + ".pdf", FUNDS_CACHE);
    }

    /** The PDF as an attachment with an ASCII fallback name and its Japanese name (RFC 6266 / 5987). */
    static Response attachment(RenderingDocuments.Document document, String asciiName, String cacheControl) {
        return Response.ok(document.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(document.filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", cacheControl)
                .build();
    }
}
