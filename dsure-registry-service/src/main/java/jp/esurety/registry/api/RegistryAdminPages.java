package jp.esurety.registry.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.registry.domain.AllowedWorks;
import jp.esurety.registry.domain.AuditAction;
import jp.esurety.registry.domain.JapaneseFormats;
import jp.esurety.registry.domain.LookupOutcome;
import jp.esurety.registry.service.ManagingOrderers;
import jp.esurety.registry.service.SearchingAuditLog;
import jp.esurety.registry.service.TrustStore;
import jp.esurety.registry.web.FormTokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Registry staff's pages ({@code registry_admin}; server-rendered, Japanese, no JavaScript): orderer organisations
 * (list, enroll, edit: accepts-from date and allowed-works rule), issuers' trust anchors (list, add, retire a key) and
 * the audit log search. Every form carries a synchronizer token ({@link FormTokens}).
 */
@Path("/portal/admin")
@RolesAllowed("registry_admin")
@Produces(MediaType.TEXT_HTML)
public class RegistryAdminPages {

    private static final Pattern ORDERER_ID = Pattern.compile("ORD-[0-9]{6}");
    private static final Map<String, String> NOTICES = Map.of(
            "enrolled", "発注者を登録しました。",
            "updated", "発注者を変更しました。",
            "added", "検証鍵を追加しました。",
            "retired", "検証鍵を失効させました。");

    /** The orderer form's values as entered (shown again with the errors). */
    public record OrdererForm(String ordererId, String name, String acceptsElectronicSuretyFrom, String allowedWorks,
                              String allowedWorksRule) {
        static OrdererForm of(ManagingOrderers.Orderer o) {
            return new OrdererForm(o.ordererId(), o.name(), o.acceptsElectronicSuretyFrom() == null ? ""
                    : o.acceptsElectronicSuretyFrom().toString(), o.allowedWorks().name(), o.allowedWorksRule());
        }
    }

    /** A directory line, formatted. */
    public record OrdererRow(String ordererId, String name, String acceptsFrom, String allowedWorks, String rule,
                             String submissionAddress, String subjectTemplate, boolean printoutRequired) {
    }

    /** A trust anchor line, formatted. */
    public record AnchorRow(String verificationMethod, String issuerId, String issuerName, String publicKeyMultibase,
                            String addedAt, String revokedAt, boolean active) {
    }

    /** An audit log line, formatted. */
    public record AuditRow(String at, String username, String ordererId, String action, String outcome,
                           String contractNumber, Integer version, String channel, String clientIp) {
    }

    /** The audit search criteria as entered. */
    public record AuditQuery(String contractNumber, String username, String ordererId, String action, String outcome,
                             String from, String to) {
    }

    /** A select option. */
    public record Option(String value, String label) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance orderers(String user, String notice, List<OrdererRow> orderers);

        static native TemplateInstance ordererForm(String user, boolean create, OrdererForm form,
                                                   PortalForms.Errors errors, List<Option> works, String csrf);

        static native TemplateInstance trustAnchors(String user, String notice, List<AnchorRow> anchors,
                                                    Map<String, String> form, PortalForms.Errors errors, String csrf);

        static native TemplateInstance audit(String user, AuditQuery query, List<AuditRow> entries, boolean searched,
                                             List<Option> actions, List<Option> outcomes, PortalForms.Errors errors);
    }

    private final ManagingOrderers orderers;
    private final TrustStore trustStore;
    private final SearchingAuditLog auditLog;
    private final FormTokens forms;
    private final JsonWebToken token;

    public RegistryAdminPages(ManagingOrderers orderers, TrustStore trustStore, SearchingAuditLog auditLog,
                              FormTokens forms, JsonWebToken token) {
        this.orderers = orderers;
        this.trustStore = trustStore;
        this.auditLog = auditLog;
        this.forms = forms;
        this.token = token;
    }

    // --- orderer organisations ---

    @GET
    @Path("/orderers")
    @Operation(hidden = true)
    public TemplateInstance orderers(@QueryParam("notice") String notice) {
        List<OrdererRow> rows = orderers.directory().stream().map(o -> new OrdererRow(o.ordererId(), o.name(),
                o.acceptsElectronicSuretyFrom() == null ? "（未定）" : JapaneseFormats.wareki(o.acceptsElectronicSuretyFrom()),
                o.allowedWorks().label(), o.allowedWorksRule(), o.submissionAddress(), o.subjectTemplate(),
                o.printoutRequired())).toList();
        return Templates.orderers(user(), (notice == null ? null : NOTICES.get(notice)), rows);
    }

    @GET
    @Path("/orderers/new")
    @Operation(hidden = true)
    public TemplateInstance newOrderer() {
        return Templates.ordererForm(user(), true, new OrdererForm("", "", "", AllowedWorks.MARKED_WORKS_ONLY.name(), ""),
                PortalForms.Errors.NONE, works(), forms.issue(user()));
    }

    @POST
    @Path("/orderers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response enroll(@FormParam(FormTokens.FIELD) String csrf, @FormParam("ordererId") String ordererId,
                           @FormParam("name") String name, @FormParam("acceptsElectronicSuretyFrom") String from,
                           @FormParam("allowedWorks") String allowedWorks,
                           @FormParam("allowedWorksRule") String allowedWorksRule) {
        if (!forms.valid(user(), csrf)) {
            return PortalForms.forbidden();
        }
        OrdererForm form = new OrdererForm(strip(ordererId), strip(name), strip(from), allowedWorks, allowedWorksRule);
        try {
            requireOrderer(form, true);
            orderers.enroll(form.ordererId(), enrollment(form));
            return PortalForms.seeOther("/portal/admin/orderers", "enrolled");
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(Templates.ordererForm(user(), true, form,
                    PortalForms.Errors.of(e), works(), forms.issue(user()))).build();
        }
    }

    @GET
    @Path("/orderers/{ordererId}")
    @Operation(hidden = true)
    public TemplateInstance editOrderer(@PathParam("ordererId") String ordererId) {
        ManagingOrderers.Orderer o = orderers.get(ordererId)
                .orElseThrow(() -> ProblemException.notFound("発注者が見つかりません。"));
        return Templates.ordererForm(user(), false, OrdererForm.of(o), PortalForms.Errors.NONE, works(),
                forms.issue(user()));
    }

    @POST
    @Path("/orderers/{ordererId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("ordererId") String ordererId, @FormParam(FormTokens.FIELD) String csrf,
                           @FormParam("name") String name, @FormParam("acceptsElectronicSuretyFrom") String from,
                           @FormParam("allowedWorks") String allowedWorks,
                           @FormParam("allowedWorksRule") String allowedWorksRule) {
        if (!forms.valid(user(), csrf)) {
            return PortalForms.forbidden();
        }
        OrdererForm form = new OrdererForm(ordererId, strip(name), strip(from), allowedWorks, allowedWorksRule);
        try {
            requireOrderer(form, false);
            orderers.update(ordererId, enrollment(form));
            return PortalForms.seeOther("/portal/admin/orderers", "updated");
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(Templates.ordererForm(user(), false, form,
                    PortalForms.Errors.of(e), works(), forms.issue(user()))).build();
        }
    }

    private static void requireOrderer(OrdererForm form, boolean create) {
        List<Problem.FieldError> problems = new java.util.ArrayList<>();
        if (create && (form.ordererId() == null || !ORDERER_ID.matcher(form.ordererId()).matches())) {
            problems.add(new Problem.FieldError("ordererId", "発注者IDは ORD-000000 の形式で入力してください。"));
        }
        if (form.name() == null || form.name().isBlank()) {
            problems.add(new Problem.FieldError("name", "発注者名を入力してください。"));
        }
        if (AllowedWorks.parse(form.allowedWorks()).isEmpty()) {
            problems.add(new Problem.FieldError("allowedWorks", AllowedWorks.INVALID));
        }
        try {
            PortalForms.date(form.acceptsElectronicSuretyFrom(), "acceptsElectronicSuretyFrom",
                    "電子保証の利用開始日は 2026-04-01 の形式で入力してください。");
        } catch (ProblemException e) {
            problems.addAll(e.errors());
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static ManagingOrderers.Enrollment enrollment(OrdererForm form) {
        return new ManagingOrderers.Enrollment(form.name(), PortalForms.date(form.acceptsElectronicSuretyFrom(),
                "acceptsElectronicSuretyFrom", "日付の形式が正しくありません。"), form.allowedWorks(), form.allowedWorksRule());
    }

    private static List<Option> works() {
        return Arrays.stream(AllowedWorks.values()).map(w -> new Option(w.name(), w.label())).toList();
    }

    // --- trust anchors ---

    @GET
    @Path("/trust-anchors")
    @Operation(hidden = true)
    public TemplateInstance trustAnchors(@QueryParam("notice") String notice) {
        return anchorsPage((notice == null ? null : NOTICES.get(notice)), Map.of(), PortalForms.Errors.NONE);
    }

    @POST
    @Path("/trust-anchors")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addAnchor(@FormParam(FormTokens.FIELD) String csrf, @FormParam("issuerId") String issuerId,
                              @FormParam("issuerName") String issuerName,
                              @FormParam("publicKeyPem") String publicKeyPem) {
        if (!forms.valid(user(), csrf)) {
            return PortalForms.forbidden();
        }
        Map<String, String> form = Map.of("issuerId", nz(issuerId), "issuerName", nz(issuerName),
                "publicKeyPem", nz(publicKeyPem));
        try {
            if (issuerId == null || issuerId.isBlank()) {
                throw ProblemException.invalid(List.of(new Problem.FieldError("issuerId", "発行者IDを入力してください。")));
            }
            String key = publicKeyPem == null ? "" : publicKeyPem.strip();
            boolean pem = key.startsWith("-----BEGIN");
            trustStore.trust(issuerId.strip(), issuerName, AdminResource.key(new AdminResource.TrustAnchorRequest(
                    issuerId.strip(), issuerName, pem ? key : null, pem ? null : key)));
            return PortalForms.seeOther("/portal/admin/trust-anchors", "added");
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(anchorsPage(null, form, PortalForms.Errors.of(e))).build();
        }
    }

    @POST
    @Path("/trust-anchors/revocations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response retireAnchor(@FormParam(FormTokens.FIELD) String csrf,
                                 @FormParam("verificationMethod") String verificationMethod) {
        if (!forms.valid(user(), csrf)) {
            return PortalForms.forbidden();
        }
        try {
            trustStore.revoke(nz(verificationMethod));
            return PortalForms.seeOther("/portal/admin/trust-anchors", "retired");
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(anchorsPage(null, Map.of(), PortalForms.Errors.of(e))).build();
        }
    }

    private TemplateInstance anchorsPage(String notice, Map<String, String> form, PortalForms.Errors errors) {
        List<AnchorRow> rows = trustStore.anchors().stream().map(a -> new AnchorRow(a.verificationMethod(),
                a.issuerId(), a.issuerName(), a.publicKeyMultibase(), JapaneseFormats.warekiDateTime(a.addedAt()),
                a.revokedAt() == null ? null : JapaneseFormats.warekiDateTime(a.revokedAt()), a.revokedAt() == null))
                .toList();
        return Templates.trustAnchors(user(), notice, rows, form, errors, forms.issue(user()));
    }

    // --- audit log ---

    @GET
    @Path("/audit")
    @Operation(hidden = true)
    public Response audit(@QueryParam("contractNumber") String contractNumber, @QueryParam("username") String username,
                          @QueryParam("ordererId") String ordererId, @QueryParam("action") String action,
                          @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("search") String search) {
        AuditQuery query = new AuditQuery(nz(contractNumber), nz(username), nz(ordererId), nz(action), nz(outcome),
                nz(from), nz(to));
        List<Option> actions = Arrays.stream(AuditAction.values()).map(a -> new Option(a.name(), a.label())).toList();
        List<Option> outcomes = Arrays.stream(LookupOutcome.values()).map(o -> new Option(o.name(), outcomeLabel(o.name())))
                .toList();
        if (search == null) {
            return Response.ok(Templates.audit(user(), query, List.of(), false, actions, outcomes,
                    PortalForms.Errors.NONE)).build();
        }
        try {
            LocalDate fromDate = PortalForms.date(from, "from", "期間（開始）は 2026-12-01 の形式で入力してください。");
            LocalDate toDate = PortalForms.date(to, "to", "期間（終了）は 2026-12-01 の形式で入力してください。");
            List<AuditRow> rows = auditLog.search(new SearchingAuditLog.Criteria(blank(contractNumber), blank(username),
                    blank(ordererId), blank(outcome),
                    fromDate == null ? null : fromDate.atStartOfDay(JapaneseFormats.TOKYO).toInstant(),
                    toDate == null ? null : toDate.plusDays(1).atTime(LocalTime.MIDNIGHT)
                            .atZone(JapaneseFormats.TOKYO).toInstant(), 200, blank(action)))
                    .stream().map(e -> new AuditRow(JapaneseFormats.warekiDateTime(e.at()), e.username(), e.ordererId(),
                            actionLabel(e.action()), outcomeLabel(e.outcome()), e.contractNumber(), e.version(),
                            e.channel(), e.clientIp())).toList();
            return Response.ok(Templates.audit(user(), query, rows, true, actions, outcomes, PortalForms.Errors.NONE))
                    .build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(Templates.audit(user(), query, List.of(), false, actions,
                    outcomes, PortalForms.Errors.of(e))).build();
        }
    }

    static String actionLabel(String action) {
        try {
            return AuditAction.valueOf(action).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return action;
        }
    }

    static String outcomeLabel(String outcome) {
        return switch (outcome) {
            case "VIEWED" -> "表示";
            case "FAILED" -> "不一致・権限なし";
            case "LOCKED" -> "照会停止中";
            case "RATE_LIMITED" -> "回数上限";
            case "USER_DISABLED" -> "無効な利用者";
            default -> outcome;
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private String user() {
        return token.getName() != null ? token.getName() : token.getSubject();
    }
}
