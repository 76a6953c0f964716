package jp.esurety.application.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.application.service.DocumentQueries;
import jp.esurety.application.service.DocumentView;
import jp.esurety.application.service.SendingDocuments;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * 書類送信: documents a contractor sends with one of its applications; the contractor and staff of the branch the
 * application was sent to read them. Unknown and not-yours both answer 404.
 */
@Path("/api/applications/{applicationId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "書類送信", description = "申込に添付する書類(PDF・JPEG・PNG、1ファイル10MBまで、1件の申込に20件まで)")
@APIResponse(responseCode = "401", description = "ログインしていません")
@APIResponse(responseCode = "403", description = "この操作の権限がありません")
@APIResponse(responseCode = "404", description = "申込または書類が見つかりません(他社の申込を含む)",
        content = @Content(mediaType = DocumentResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class DocumentResource {

    static final String PROBLEM = "application/problem+json";

    private final SendingDocuments sending;
    private final DocumentQueries queries;
    private final CurrentContractor caller;

    public DocumentResource(SendingDocuments sending, DocumentQueries queries, CurrentContractor caller) {
        this.sending = sending;
        this.queries = queries;
        this.caller = caller;
    }

    /** The list of an application's documents. */
    public record DocumentList(@Schema(description = "送信した書類(新しい順)") List<DocumentView> items) {
    }

    @POST
    @RolesAllowed("contractor")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "書類を送信する",
            description = "multipart/form-data の file(ファイル名と種類つき)と任意の description(200文字以内)。"
                    + "種類(PDF・JPEG・PNG)と内容が一致し、読み取れるファイルのみ受け付けます。下書きにも添付できます。")
    @APIResponse(responseCode = "201", description = "送信しました", headers = @Header(name = "Location", description = "ダウンロードURL"),
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "ファイルがない、説明が長すぎる",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "ファイルが大きすぎる(10MBまで)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "PDF・JPEG・PNG 以外の種類",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "空のファイル、内容が種類と一致しない・読み取れない、書類が20件を超える",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response send(@PathParam("applicationId") UUID applicationId,
                         @RestForm("file") FileUpload file,
                         @RestForm("description") String description) {
        if (file == null) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("file", "送信するファイルを選択してください。")));
        }
        DocumentView document = sending.send(caller.id(), caller.userName(), applicationId,
                new SendingDocuments.Upload(file.fileName(), file.contentType(), file.size(), file.uploadedFile()),
                description);
        return Response.created(URI.create(location(document))).entity(document).build();
    }

    @GET
    @RolesAllowed({"contractor", "underwriter"})
    @Operation(summary = "送信した書類の一覧", description = "お客様は自社の申込、保証会社の担当者は自支店に送信された申込の書類。新しい順。")
    @APIResponse(responseCode = "200", description = "書類の一覧",
            content = @Content(schema = @Schema(implementation = DocumentList.class)))
    public DocumentList list(@PathParam("applicationId") UUID applicationId) {
        return new DocumentList(queries.documents(applicationId, caller.reader())
                .orElseThrow(() -> ProblemException.notFound("申込が見つかりません。")));
    }

    @GET
    @Path("{documentId}")
    @RolesAllowed({"contractor", "underwriter"})
    @Produces({"application/pdf", "image/jpeg", "image/png", PROBLEM})
    @Operation(summary = "書類をダウンロードする", description = "送信されたときの内容と種類のまま、添付ファイルとして返します。")
    @APIResponse(responseCode = "200", description = "書類の内容",
            headers = {@Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…(RFC 6266 / 5987)"),
                    @Header(name = "X-Content-Type-Options", description = "nosniff"),
                    @Header(name = "Cache-Control", description = "private, no-store")})
    public Response download(@PathParam("applicationId") UUID applicationId, @PathParam("documentId") UUID documentId) {
        DocumentQueries.DocumentFile file = queries.download(applicationId, documentId, caller.reader())
                .orElseThrow(() -> ProblemException.notFound("書類が見つかりません。"));
        return Response.ok(file.content(), file.document().contentType())
                .header("Content-Disposition", ContentDisposition.attachment(file.document().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @DELETE
    @Path("{documentId}")
    @RolesAllowed("contractor")
    @Operation(summary = "書類を削除する", description = "保証会社の審査結果(承認・否決・発行)が出た申込の書類は削除できません。")
    @APIResponse(responseCode = "204", description = "削除しました")
    @APIResponse(responseCode = "409", description = "審査結果が出た申込の書類",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("applicationId") UUID applicationId, @PathParam("documentId") UUID documentId) {
        sending.delete(caller.id(), applicationId, documentId);
        return Response.noContent().build();
    }

    private static String location(DocumentView document) {
        return "/api/applications/" + document.applicationId() + "/documents/" + document.documentId();
    }
}
