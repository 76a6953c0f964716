package jp.esurety.application.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.application.domain.LineStatus;
import jp.esurety.application.domain.ProductType;
import jp.esurety.application.service.ApplicationQueries;
import jp.esurety.application.service.ApplicationView;
import jp.esurety.application.service.DraftingApplication;
import jp.esurety.application.service.RequestingAmendment;
import jp.esurety.application.service.SubmittingApplication;
import jp.esurety.application.service.WithdrawingApplication;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Net Desk 保証申込: a contractor's own applications — drafts, submission, withdrawal, resubmission after a return,
 * 変更申込 and search; staff read their branch's. Unknown and not-yours both answer 404.
 */
@Path("/api/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "保証申込", description = "Net Desk の保証申込(下書き・送信・取下げ・差戻し後の再申込・変更申込・検索)")
@APIResponse(responseCode = "401", description = "ログインしていません")
@APIResponse(responseCode = "403", description = "この操作の権限がありません")
public class ApplicationResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String FIELD_ERRORS_EXAMPLE = """
            {"type": "urn:esurety:problem:validation", "title": "入力内容に誤りがあります (Invalid request)",
             "status": 400, "detail": "入力内容を確認してください。", "instance": "/api/applications",
             "errors": [
               {"field": "lines[0].depositBank", "message": "預託金融機関は全角で入力してください。"},
               {"field": "lines[0].guaranteeAmount",
                "message": "前払金保証金額は請負金額(今年度対象額がある場合は今年度対象額)の40%以内にしてください。"}]}""";
    static final String RULE_EXAMPLE = """
            {"type": "urn:esurety:problem:rule:amendment-keeps-format",
             "title": "業務ルールに違反しています (Business rule violated)", "status": 422,
             "detail": "電子保証の保証契約の変更は電子保証で申し込んでください。", "instance": "/api/applications/amendments",
             "errors": [{"field": "format", "message": "電子保証の保証契約の変更は電子保証で申し込んでください。"}]}""";
    private static final String PROBLEM = "application/problem+json";

    private final SubmittingApplication submitting;
    private final DraftingApplication drafting;
    private final WithdrawingApplication withdrawing;
    private final RequestingAmendment amending;
    private final ApplicationQueries queries;
    private final CurrentContractor caller;

    public ApplicationResource(SubmittingApplication submitting, DraftingApplication drafting,
                               WithdrawingApplication withdrawing, RequestingAmendment amending,
                               ApplicationQueries queries, CurrentContractor caller) {
        this.submitting = submitting;
        this.drafting = drafting;
        this.withdrawing = withdrawing;
        this.amending = amending;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("contractor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "申込を送信する(申込作成 > 申込確認 > 送信完了)",
            description = "内容を検査して保存し、保証会社へ送信します(ApplicationSubmitted)。同じ Idempotency-Key の再送は最初の申込を返し、二重に申し込みません。")
    @APIResponse(responseCode = "201", description = "送信しました", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "200", description = "同じ Idempotency-Key で送信済みの申込",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "入力内容の誤り(項目ごとのメッセージ)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "前払金の割合と預託金融機関", value = FIELD_ERRORS_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "お客様情報が保証会社に未登録",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response submit(@Parameter(description = "再送しても申込が1件だけになるための任意のキー")
                           @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200) String idempotencyKey,
                           @NotNull(message = "申込内容を送信してください。") @Valid SubmitApplicationRequest request) {
        SubmittingApplication.Outcome outcome = submitting.submit(caller.id(), request, idempotencyKey);
        return created(outcome);
    }

    @POST
    @Path("drafts")
    @RolesAllowed("contractor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "下書きを作成する(作成中)", description = "未入力の項目があっても保存できます。入力済みの項目の形式のみ検査します。")
    @APIResponse(responseCode = "201", description = "下書きを保存しました",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "入力内容の誤り",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response createDraft(@NotNull(message = "申込内容を送信してください。") @Valid SubmitApplicationRequest form) {
        ApplicationView draft = drafting.create(caller.id(), form);
        return Response.created(URI.create("/api/applications/" + draft.id())).entity(draft).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("contractor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "下書き(または差戻しを受けた申込)を保存する",
            description = "内容を置き換えます。null の区分(work, lines, information)はクリアされます(「…をクリア」)。")
    @APIResponse(responseCode = "200", description = "保存しました",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "申込が見つかりません",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "送信済みの申込は変更できません",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ApplicationView save(@PathParam("id") UUID id,
                                @NotNull(message = "申込内容を送信してください。") @Valid SubmitApplicationRequest form) {
        return drafting.save(caller.id(), id, form);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("contractor")
    @Operation(summary = "下書きを削除する")
    @APIResponse(responseCode = "204", description = "削除しました")
    @APIResponse(responseCode = "404", description = "申込が見つかりません")
    @APIResponse(responseCode = "409", description = "送信済みの申込は削除できません(取下げてください)")
    public Response delete(@PathParam("id") UUID id) {
        drafting.delete(caller.id(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed("contractor")
    @Operation(summary = "下書きを送信する、または差戻しを受けた申込を再申込する",
            description = "保存された内容を検査して送信します(ApplicationSubmitted、差戻し後は resubmission: true で同じ申込ID・明細ID)。"
                    + "差戻しを受けた変更申込は AmendmentRequested を同じ申込ID・明細IDで再送します。"
                    + "同じ Idempotency-Key の再送は最初の結果を返します(再申込には新しいキーを使ってください)。")
    @APIResponse(responseCode = "200", description = "送信しました(Idempotent-Replayed: true は同じキーで送信済みの結果)",
            headers = @Header(name = "Idempotent-Replayed", description = "同じ Idempotency-Key で送信済みの場合 true"),
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "未入力・入力内容の誤り(項目ごとのメッセージ)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "前払金の割合と預託金融機関", value = FIELD_ERRORS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "申込が見つかりません")
    @APIResponse(responseCode = "409", description = "送信済みです、または Idempotency-Key が別の申込で使用済みです",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "変更申込: お客様の発行済みの保証契約ではなくなった、または形式が異なる",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response submitSaved(@PathParam("id") UUID id,
                                @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200) String idempotencyKey) {
        SubmittingApplication.Outcome outcome = submitting.submitSaved(caller.id(), id, idempotencyKey);
        Response.ResponseBuilder ok = Response.ok(outcome.application());
        return (outcome.replayed() ? ok.header(REPLAYED, "true") : ok).build();
    }

    @PUT
    @Path("{id}/amendment")
    @RolesAllowed("contractor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "差戻しを受けた変更申込を修正する",
            description = "変更の内容(変更の種類・変更後の金額や期限・理由・お知らせメール)を置き換えます。保証契約番号は元の変更申込と同じです。"
                    + "新しい変更申込と同じ検査をします。送信は POST /api/applications/{id}/submission。")
    @APIResponse(responseCode = "200", description = "保存しました",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "入力内容の誤り",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "申込が見つかりません",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "変更申込ではない、または差戻しを受けていない",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "保証契約番号が異なる、形式が異なる(ルール3)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "変更は同じ形式で(ルール3)", value = RULE_EXAMPLE)))
    public ApplicationView fixAmendment(@PathParam("id") UUID id,
                                        @NotNull(message = "変更申込の内容を送信してください。") @Valid AmendmentRequest request) {
        return amending.fix(caller.id(), id, request);
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed("contractor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "申込を取下げる", description = "保証会社の審査結果が出る前(申込済・審査中・差戻し)のみ。ApplicationWithdrawn を送ります。")
    @APIResponse(responseCode = "200", description = "取下げました",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "申込が見つかりません")
    @APIResponse(responseCode = "409", description = "審査結果が出た申込、または下書きです",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ApplicationView withdraw(@PathParam("id") UUID id, @Valid WithdrawalRequest request) {
        return withdrawing.withdraw(caller.id(), id, request == null ? null : request.reason());
    }

    @POST
    @Path("amendments")
    @RolesAllowed("contractor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "変更申込をする(増額・減額・保証期限変更)",
            description = "お客様の保証契約を保証契約番号で指定します。変更は元の保証契約と同じ形式です(電子保証の変更は電子保証)。AmendmentRequested を送ります。")
    @APIResponse(responseCode = "201", description = "変更申込を送信しました",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "入力内容の誤り",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "お客様の保証契約ではない、または形式が異なる",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "変更は同じ形式で(ルール3)", value = RULE_EXAMPLE)))
    public Response amend(@HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200) String idempotencyKey,
                          @NotNull(message = "変更申込の内容を送信してください。") @Valid AmendmentRequest request) {
        return created(amending.request(caller.id(), request, idempotencyKey));
    }

    @GET
    @RolesAllowed({"contractor", "underwriter"})
    @Operation(summary = "申込を検索する", description = "お客様は自社の申込(下書きを含む)、保証会社の担当者は自支店に送信された申込。全件数は X-Total-Count ヘッダーで返します。")
    @APIResponse(responseCode = "200", description = "申込の一覧(1ページ分)",
            headers = @Header(name = "X-Total-Count", description = "条件に合う全件数"),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "検索条件の誤り",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response search(
            @Parameter(description = "保証種類: ADVANCE_PAYMENT | INTERIM_ADVANCE_PAYMENT | CONTRACT | BID_BOND") @QueryParam("productType") String productType,
            @Parameter(description = "期間(自): 申込日(送信日、下書きは作成日)、yyyy-MM-dd") @QueryParam("from") String from,
            @Parameter(description = "期間(至)") @QueryParam("to") String to,
            @Parameter(description = "工事名(部分一致)") @QueryParam("workName") String workName,
            @Parameter(description = "状態(手続状況): DRAFT | SUBMITTED | UNDER_REVIEW | RETURNED | REJECTED | APPROVED | ISSUED | REGISTERED | WITHDRAWN") @QueryParam("status") String status,
            @Parameter(description = "ページ番号(0から)") @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "ページ番号は0以上で指定してください。") int page,
            @Parameter(description = "1ページの件数(1〜100)") @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "1ページの件数は1〜100で指定してください。") @Max(value = 100, message = "1ページの件数は1〜100で指定してください。") int size,
            @Parameter(description = "並び順: createdAt | submittedAt | updatedAt | workName | contractAmount | ordererName に ,asc か ,desc(既定: 作成日時の新しい順)") @QueryParam("sort") String sort) {
        ApplicationQueries.Filter filter = new ApplicationQueries.Filter(
                parse("productType", productType, ProductType::valueOf, "保証種類の指定が正しくありません。"),
                parse("from", from, LocalDate::parse, "期間(自)は yyyy-MM-dd で指定してください。"),
                parse("to", to, LocalDate::parse, "期間(至)は yyyy-MM-dd で指定してください。"),
                workName,
                parse("status", status, LineStatus::valueOf, "状態の指定が正しくありません。"));
        ApplicationQueries.PageOf result = queries.search(caller.reader(), filter, page, size, sort);
        return Response.ok(result.items()).header("X-Total-Count", result.total())
                .header("X-Total-Pages", result.pages()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"contractor", "underwriter"})
    @Operation(summary = "申込を表示する(下書きの再開を含む)", description = "各保証の手続状況、保証契約番号、保証金額の割合(0.0%)、弊社からお客様へのお知らせ。")
    @APIResponse(responseCode = "200", description = "申込",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "申込が見つかりません(他社の申込を含む)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ApplicationView get(@PathParam("id") UUID id) {
        return queries.application(id, caller.reader())
                .orElseThrow(() -> ProblemException.notFound("申込が見つかりません。"));
    }

    private static Response created(SubmittingApplication.Outcome outcome) {
        ApplicationView application = outcome.application();
        if (outcome.replayed()) {
            return Response.ok(application).header(REPLAYED, "true").build();
        }
        return Response.created(URI.create("/api/applications/" + application.id())).entity(application).build();
    }

    private static <T> T parse(String field, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError(field, message)));
        }
    }
}
