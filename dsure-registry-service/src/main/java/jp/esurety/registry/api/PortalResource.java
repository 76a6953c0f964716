package jp.esurety.registry.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.registry.domain.AuditAction;
import jp.esurety.registry.domain.CertificateDocument;
import jp.esurety.registry.domain.JapaneseFormats;
import jp.esurety.registry.domain.LookupInput;
import jp.esurety.registry.domain.LookupOutcome;
import jp.esurety.registry.service.CertificatePdf;
import jp.esurety.registry.service.LookingUpCertificate;
import jp.esurety.registry.service.ManagingOrdererUsers;
import jp.esurety.registry.service.NotifyingViewers;
import jp.esurety.registry.service.ViewingCertificate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The orderer's portal (server-rendered, Japanese, no JavaScript): lookup form, summary row, the certificate as the
 * 確認画面 shows it with its version history, the PDF, and the inbox. Logged in through the OIDC code flow of realm
 * {@code dsure} (a bearer token works too).
 */
@Path("/portal")
@RolesAllowed({"orderer", "orderer_admin"})
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance lookup(String user, String error, String contractNumber);

        static native TemplateInstance result(String user, CertificateDocument.Summary summary);

        static native TemplateInstance certificate(String user, ViewingCertificate.Page page, List<HistoryRow> history);

        static native TemplateInstance inbox(String user, List<NoticeRow> notices);
    }

    /** A line of the version history, formatted. */
    public record HistoryRow(int no, int version, String registeredAt, String label, boolean shown) {
    }

    /** A line of the inbox, formatted. */
    public record NoticeRow(String contractNumber, int version, String createdAt) {
    }

    private final LookingUpCertificate lookingUp;
    private final ViewingCertificate viewing;
    private final NotifyingViewers notifying;
    private final CertificatePdf pdf;
    private final JsonWebToken token;

    public PortalResource(LookingUpCertificate lookingUp, ViewingCertificate viewing, NotifyingViewers notifying,
                          CertificatePdf pdf, JsonWebToken token) {
        this.lookingUp = lookingUp;
        this.viewing = viewing;
        this.notifying = notifying;
        this.pdf = pdf;
        this.token = token;
    }

    /**
     * The lookup form; {@code ?contractNumber=…} (what the QR code on the key notice opens) fills the number in. The
     * key is never taken from the address: it stays on the paper.
     */
    @GET
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("contractNumber") String contractNumber) {
        return Templates.lookup(user(), null, LookupInput.prefill(contractNumber));
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response lookup(@FormParam("contractNumber") String contractNumber,
                           @FormParam("authenticationKey") String authenticationKey,
                           @Context HttpServerRequest http) {
        LookingUpCertificate.Result result = lookingUp.lookup(Callers.of(token, http, "PORTAL"),
                contractNumber, authenticationKey);
        if (result.found().isPresent()) {
            return Response.ok(Templates.result(user(), viewing.summary(result.view()))).build();
        }
        String error = switch (result.outcome()) {
            case LOCKED -> Callers.LOCKED;
            case RATE_LIMITED -> Callers.RATE_LIMITED;
            case USER_DISABLED -> ManagingOrdererUsers.DISABLED;
            default -> Callers.NOT_FOUND;
        };
        int status = switch (result.outcome()) {
            case FAILED -> 404;
            case USER_DISABLED -> 403;
            default -> 429;
        };
        return Response.status(status).entity(Templates.lookup(user(), error,
                contractNumber == null ? "" : contractNumber)).type(MediaType.TEXT_HTML).build();
    }

    @GET
    @Path("/certificates/{contractNumber}")
    @Operation(hidden = true)
    public TemplateInstance certificate(@PathParam("contractNumber") String contractNumber,
                                        @Context HttpServerRequest http) {
        return page(contractNumber, null, http);
    }

    @GET
    @Path("/certificates/{contractNumber}/versions/{version}")
    @Operation(hidden = true)
    public TemplateInstance version(@PathParam("contractNumber") String contractNumber,
                                    @PathParam("version") int version, @Context HttpServerRequest http) {
        return page(contractNumber, version, http);
    }

    @GET
    @Path("/certificates/{contractNumber}/certificate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "電子保証（保証証書）のPDF")
    public Response download(@PathParam("contractNumber") String contractNumber, @Context HttpServerRequest http) {
        ViewingCertificate.Page page = viewing.open(Callers.of(token, http, "PORTAL"), contractNumber, null,
                        AuditAction.PDF)
                .orElseThrow(() -> Callers.refusal(LookupOutcome.FAILED));
        String name = contractNumber + "-前払金保証証書.pdf";
        return Response.ok(pdf.render(page.document(), page.credentialJson()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + contractNumber + ".pdf\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("/inbox")
    @Operation(hidden = true)
    public TemplateInstance inbox() {
        return Templates.inbox(user(), notifying.inbox(username()).stream()
                .map(n -> new NoticeRow(n.contractNumber(), n.version(), JapaneseFormats.warekiDateTime(n.createdAt())))
                .toList());
    }

    private TemplateInstance page(String contractNumber, Integer version, HttpServerRequest http) {
        ViewingCertificate.Page page = viewing.open(Callers.of(token, http, "PORTAL"), contractNumber, version,
                        version == null ? AuditAction.PAGE : AuditAction.HISTORY)
                .orElseThrow(() -> Callers.refusal(LookupOutcome.FAILED));
        List<HistoryRow> rows = new java.util.ArrayList<>();
        int no = 1;
        for (var h : page.certificate().history()) {
            rows.add(new HistoryRow(no++, h.version(), JapaneseFormats.warekiDateTime(h.registeredAt()), h.label(),
                    h.version() == page.document().version()));
        }
        return Templates.certificate(user(), page, rows);
    }

    private String username() {
        return token.getName() != null ? token.getName() : token.getSubject();
    }

    private String user() {
        return username();
    }
}
