package jp.esurety.notification.api;

import jakarta.ws.rs.core.Response;
import jp.esurety.notification.service.RenderingDocuments;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What every PDF download shares: the contractor from the token and the attachment response. */
final class PdfDownloads {

    private PdfDownloads() {
    }

    /** The caller's contractor id; empty (owning nothing) when the token has none. */
    static String contractorId(JsonWebToken token) {
        String contractorId = token.getClaim("contractor_id");
        return contractorId == null ? "" : contractorId;
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
