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
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.registry.domain.JapaneseFormats;
import jp.esurety.registry.domain.SubmissionSettings;
import jp.esurety.registry.service.ManagingOrdererUsers;
import jp.esurety.registry.service.ManagingOrderers;
import jp.esurety.registry.web.FormTokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * An orderer's own admin ({@code orderer_admin}; server-rendered, Japanese, no JavaScript): how key notices are to be
 * submitted (address, subject template, printout) and the organisation's users (list, add, disable, enable). Only
 * the organisation named by the admin's {@code orderer_id}. Every form carries a synchronizer token.
 */
@Path("/portal/organisation")
@RolesAllowed("orderer_admin")
@Produces(MediaType.TEXT_HTML)
public class OrdererAdminPages {

    private static final Map<String, String> NOTICES = Map.of(
            "saved", "提出方法を保存しました。",
            "created", "利用者を追加しました。",
            "disabled", "利用者を無効にしました。",
            "enabled", "利用者を有効にしました。");

    /** The submission settings as entered. */
    public record SettingsForm(String submissionAddress, String subjectTemplate, boolean printoutRequired) {
    }

    /** A user line, formatted. */
    public record UserRow(String username, String displayName, String email, boolean enabled, String source,
                          String createdAt, boolean yourself) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance organisation(String user, String notice, ManagingOrderers.Orderer orderer,
                                                    SettingsForm settings, PortalForms.Errors settingsErrors,
                                                    List<UserRow> users, Map<String, String> newUser,
                                                    PortalForms.Errors userErrors, String csrf);
    }

    private final ManagingOrderers orderers;
    private final ManagingOrdererUsers users;
    private final FormTokens forms;
    private final JsonWebToken token;

    public OrdererAdminPages(ManagingOrderers orderers, ManagingOrdererUsers users, FormTokens forms,
                             JsonWebToken token) {
        this.orderers = orderers;
        this.users = users;
        this.forms = forms;
        this.token = token;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("notice") String notice) {
        ManagingOrderers.Orderer o = own();
        return page((notice == null ? null : NOTICES.get(notice)), o, new SettingsForm(o.submissionAddress(), o.subjectTemplate(),
                o.printoutRequired()), PortalForms.Errors.NONE, Map.of(), PortalForms.Errors.NONE);
    }

    @POST
    @Path("/submission-settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveSettings(@FormParam(FormTokens.FIELD) String csrf,
                                 @FormParam("submissionAddress") String submissionAddress,
                                 @FormParam("subjectTemplate") String subjectTemplate,
                                 @FormParam("printoutRequired") String printoutRequired) {
        if (!forms.valid(user(), csrf)) {
            return PortalForms.forbidden();
        }
        SettingsForm form = new SettingsForm(submissionAddress, subjectTemplate, printoutRequired != null);
        try {
            orderers.setSubmission(ordererId(), ordererId(), new SubmissionSettings(form.submissionAddress(),
                    form.subjectTemplate() == null || form.subjectTemplate().isBlank() ? null : form.subjectTemplate(),
                    form.printoutRequired()));
            return PortalForms.seeOther("/portal/organisation", "saved");
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(null, own(), form, PortalForms.Errors.of(e), Map.of(),
                    PortalForms.Errors.NONE)).build();
        }
    }

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response createUser(@FormParam(FormTokens.FIELD) String csrf, @FormParam("username") String username,
                               @FormParam("displayName") String displayName, @FormParam("email") String email) {
        if (!forms.valid(user(), csrf)) {
            return PortalForms.forbidden();
        }
        try {
            users.create(ordererId(), user(), ordererId(), new ManagingOrdererUsers.NewUser(username, displayName, email));
            return PortalForms.seeOther("/portal/organisation", "created");
        } catch (ProblemException e) {
            ManagingOrderers.Orderer o = own();
            return Response.status(e.status()).entity(page(null, o, new SettingsForm(o.submissionAddress(),
                    o.subjectTemplate(), o.printoutRequired()), PortalForms.Errors.NONE,
                    Map.of("username", nz(username), "displayName", nz(displayName), "email", nz(email)),
                    PortalForms.Errors.of(e))).build();
        }
    }

    @POST
    @Path("/users/{username}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response disable(@PathParam("username") String username, @FormParam(FormTokens.FIELD) String csrf) {
        return setEnabled(username, csrf, false);
    }

    @POST
    @Path("/users/{username}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response enable(@PathParam("username") String username, @FormParam(FormTokens.FIELD) String csrf) {
        return setEnabled(username, csrf, true);
    }

    private Response setEnabled(String username, String csrf, boolean enabled) {
        if (!forms.valid(user(), csrf)) {
            return PortalForms.forbidden();
        }
        try {
            users.setEnabled(ordererId(), user(), ordererId(), username, enabled);
            return PortalForms.seeOther("/portal/organisation", enabled ? "enabled" : "disabled");
        } catch (ProblemException e) {
            ManagingOrderers.Orderer o = own();
            return Response.status(e.status()).entity(page(null, o, new SettingsForm(o.submissionAddress(),
                    o.subjectTemplate(), o.printoutRequired()), PortalForms.Errors.NONE, Map.of(),
                    PortalForms.Errors.of(e))).build();
        }
    }

    private TemplateInstance page(String notice, ManagingOrderers.Orderer o, SettingsForm settings,
                                  PortalForms.Errors settingsErrors, Map<String, String> newUser,
                                  PortalForms.Errors userErrors) {
        List<UserRow> rows = users.list(ordererId(), o.ordererId()).stream().map(u -> new UserRow(u.username(),
                u.displayName(), u.email(), u.enabled(), "ADMIN".equals(u.source()) ? "管理者が追加" : "初回ログイン",
                JapaneseFormats.warekiDateTime(u.createdAt()), u.username().equals(user()))).toList();
        return Templates.organisation(user(), notice, o, settings, settingsErrors, rows, newUser, userErrors,
                forms.issue(user()));
    }

    private ManagingOrderers.Orderer own() {
        String id = ordererId();
        return (id == null ? java.util.Optional.<ManagingOrderers.Orderer>empty() : orderers.get(id))
                .orElseThrow(() -> ProblemException.notFound("発注者が見つかりません。"));
    }

    private String ordererId() {
        return token.getClaim("orderer_id");
    }

    private String user() {
        return token.getName() != null ? token.getName() : token.getSubject();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
