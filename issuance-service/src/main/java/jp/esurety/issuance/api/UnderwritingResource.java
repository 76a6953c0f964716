package jp.esurety.issuance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.issuance.service.DecidingCase;
import jp.esurety.issuance.service.Page;
import jp.esurety.issuance.service.RecordingPremiumPayment;
import jp.esurety.issuance.service.UnderwritingQueue;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** 審査: the underwriter queue of the caller's own branch (claim {@code branch_code}); every decision is audited. */
@Path("/api/underwriting")
@Produces(MediaType.APPLICATION_JSON)
public class UnderwritingResource {

    public record ApproveRequest(@Size(max = 1000, message = "コメントは1000文字以内で入力してください。") String note) {
    }

    public record RejectRequest(@NotBlank(message = "否決理由を入力してください。")
                                @Size(max = 1000, message = "否決理由は1000文字以内で入力してください。") String reason) {
    }

    public record ReturnRequest(@NotBlank(message = "お客様へのお知らせを入力してください。")
                                @Size(max = 1000, message = "お客様へのお知らせは1000文字以内で入力してください。") String message) {
    }

    public record PaymentRequest(@Size(max = 1000, message = "備考は1000文字以内で入力してください。") String note) {
    }

    public record Approved(UUID caseId, String contractNumber) {
    }

    public record CorrectionRequest(@jakarta.validation.constraints.PositiveOrZero(message = "保証金額は0以上で入力してください。") Long guaranteeAmount,
                                    java.time.LocalDate guaranteeEnd, String depositBank, String workName,
                                    @NotBlank(message = "訂正理由を入力してください。") String reason) {
    }

    public record ReasonRequest(@NotBlank(message = "理由を入力してください。")
                                @Size(max = 1000, message = "理由は1000文字以内で入力してください。") String reason) {
    }

    public record CancellationRequest(@NotNull(message = "解約日を入力してください。") java.time.LocalDate cancelledOn,
                                      @NotBlank(message = "解約理由を入力してください。") String reason) {
    }

    public record VersionResult(String contractNumber, int version) {
    }

    private final UnderwritingQueue queue;
    private final DecidingCase deciding;
    private final RecordingPremiumPayment payments;
    private final CurrentUser user;
    @jakarta.inject.Inject
    jp.esurety.issuance.service.CorrectingCertificate correcting;
    @jakarta.inject.Inject
    jp.esurety.issuance.service.CancellingAmendment cancellingAmendment;
    @jakarta.inject.Inject
    jp.esurety.issuance.service.CancellingGuarantee cancellingGuarantee;
    @jakarta.inject.Inject
    jp.esurety.issuance.service.ReissuingKey reissuing;
    @jakarta.inject.Inject
    jp.esurety.issuance.service.DispatchingPaperCertificate dispatching;

    public record DispatchRequest(@NotBlank(message = "受取方法を選択してください（WINDOW: 窓口, POST: 郵送）。") String method) {
    }

    public UnderwritingResource(UnderwritingQueue queue, DecidingCase deciding, RecordingPremiumPayment payments,
                                CurrentUser user) {
        this.queue = queue;
        this.deciding = deciding;
        this.payments = payments;
        this.user = user;
    }

    @GET
    @Path("cases")
    @RolesAllowed("underwriter")
    @Operation(summary = "審査案件一覧 (own branch; filters status, productType, contractorId, workName; paging)")
    public Page<UnderwritingQueue.CaseSummary> list(@QueryParam("status") @DefaultValue("UNDER_REVIEW") String status,
                                                    @QueryParam("productType") String productType,
                                                    @QueryParam("contractorId") String contractorId,
                                                    @QueryParam("workName") String workName,
                                                    @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "ページは1以上です。") int page,
                                                    @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "件数は1以上です。") @Max(value = 100, message = "件数は100以下です。") int size) {
        String s = "ALL".equals(status) ? null : status;
        return queue.list(user.branchStaff("underwriter"),
                new UnderwritingQueue.Filter(s, productType, contractorId, workName), page, size);
    }

    @GET
    @Path("cases/{caseId}")
    @RolesAllowed("underwriter")
    @Operation(summary = "審査案件を開く (with the submitted application and, for a resubmitted case, its earlier rounds)")
    public UnderwritingQueue.CaseDetail open(@PathParam("caseId") UUID caseId) {
        return queue.open(user.branchStaff("underwriter"), caseId);
    }

    @POST
    @Path("cases/{caseId}/approve")
    @RolesAllowed("underwriter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "承認: creates the guarantee contract; the certificate follows when the premium is settled")
    public Approved approve(@PathParam("caseId") UUID caseId, @Valid ApproveRequest request) {
        String note = request == null ? null : request.note();
        return new Approved(caseId, deciding.approve(user.branchStaff("underwriter"), caseId, note));
    }

    @POST
    @Path("cases/{caseId}/reject")
    @RolesAllowed("underwriter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "否決 with a reason")
    public void reject(@PathParam("caseId") UUID caseId, @Valid @NotNull(message = "否決理由を入力してください。") RejectRequest request) {
        deciding.reject(user.branchStaff("underwriter"), caseId, request.reason());
    }

    @POST
    @Path("cases/{caseId}/return")
    @RolesAllowed("underwriter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "差戻し with a message to the contractor (弊社からお客様へのお知らせ)")
    public void returnToContractor(@PathParam("caseId") UUID caseId,
                                   @Valid @NotNull(message = "お客様へのお知らせを入力してください。") ReturnRequest request) {
        deciding.returnToContractor(user.branchStaff("underwriter"), caseId, request.message());
    }

    @POST
    @Path("contracts/{contractNumber}/payment")
    @RolesAllowed({"underwriter", "funds"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "保証料入金の記録: settles the premium and issues the certificate")
    public void recordPayment(@PathParam("contractNumber") String contractNumber, @Valid PaymentRequest request) {
        String role = user.hasRole("funds") ? "funds" : "underwriter";
        payments.record(user.branchStaff(role), contractNumber, request == null ? null : request.note());
    }

    @POST
    @Path("contracts/{contractNumber}/corrections")
    @RolesAllowed("underwriter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "訂正: supersedes the latest version (hidden from the history) with a corrected one, same key")
    public VersionResult correct(@PathParam("contractNumber") String contractNumber,
                                 @Valid @NotNull(message = "訂正内容を入力してください。") CorrectionRequest r) {
        return new VersionResult(contractNumber, correcting.correct(user.branchStaff("underwriter"), contractNumber,
                new jp.esurety.issuance.service.CorrectingCertificate.Correction(r.guaranteeAmount(), r.guaranteeEnd(),
                        r.depositBank(), r.workName(), r.reason())));
    }

    @POST
    @Path("contracts/{contractNumber}/amendment-cancellation")
    @RolesAllowed("underwriter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "変更取消: cancels the latest 変更 (hidden from the history)")
    public VersionResult cancelAmendment(@PathParam("contractNumber") String contractNumber,
                                         @Valid @NotNull(message = "理由を入力してください。") ReasonRequest r) {
        return new VersionResult(contractNumber,
                cancellingAmendment.cancel(user.branchStaff("underwriter"), contractNumber, r.reason()));
    }

    @POST
    @Path("contracts/{contractNumber}/cancellation")
    @RolesAllowed("underwriter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "解約 with the 保証料返還計算書 (refund statement)")
    public jp.esurety.issuance.domain.PremiumRefund cancel(@PathParam("contractNumber") String contractNumber,
                                                           @Valid @NotNull(message = "解約日を入力してください。") CancellationRequest r) {
        return cancellingGuarantee.cancel(user.branchStaff("underwriter"), contractNumber, r.cancelledOn(), r.reason());
    }

    @POST
    @Path("contracts/{contractNumber}/key-reissue")
    @RolesAllowed("underwriter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "認証キー再発行 (leaked key): the old key stops working on the registry")
    public void reissueKey(@PathParam("contractNumber") String contractNumber,
                           @Valid @NotNull(message = "理由を入力してください。") ReasonRequest r) {
        reissuing.reissue(user.branchStaff("underwriter"), contractNumber, r.reason());
    }

    @POST
    @Path("contracts/{contractNumber}/paper-dispatch")
    @RolesAllowed("underwriter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "紙の保証証書の交付: WINDOW (窓口) | POST (郵送)")
    public void dispatchPaper(@PathParam("contractNumber") String contractNumber,
                              @Valid @NotNull(message = "受取方法を選択してください。") DispatchRequest r) {
        dispatching.dispatch(user.branchStaff("underwriter"), contractNumber, r.method());
    }
}
