package jp.esurety.issuance.api.funds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.issuance.api.CurrentUser;
import jp.esurety.issuance.service.Staff;
import jp.esurety.issuance.service.funds.DecidingFundsPlan;
import jp.esurety.issuance.service.funds.DecidingWithdrawal;
import jp.esurety.issuance.service.funds.FundsQueries;
import jp.esurety.issuance.service.funds.FundsViews;
import jp.esurety.issuance.service.funds.ZenginTransfers;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The surety's side of 前払金 (role funds or underwriter), limited to the caller's branch (claim branch_code). */
@Path("/api/funds/staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"funds", "underwriter"})
public class FundsStaffResource {

    /** Zengin files are MS932; half-width katakana has the same bytes in Shift_JIS. */
    public static final String ZENGIN_MEDIA_TYPE = "text/plain; charset=Shift_JIS";

    public record AcceptRequest(@Size(max = 1000, message = "コメントは1000文字以内で入力してください。") String note) {
    }

    public record ReturnRequest(@NotBlank(message = "お客様へのお知らせを入力してください。")
                                @Size(max = 1000, message = "お客様へのお知らせは1000文字以内で入力してください。") String message) {
    }

    public record RejectRequest(@NotBlank(message = "否認理由を入力してください。")
                                @Size(max = 1000, message = "否認理由は1000文字以内で入力してください。") String reason) {
    }

    private final FundsQueries queries;
    private final DecidingFundsPlan plans;
    private final DecidingWithdrawal withdrawals;
    private final ZenginTransfers zengin;
    private final CurrentUser user;
    private final Clock clock;

    public FundsStaffResource(FundsQueries queries, DecidingFundsPlan plans, DecidingWithdrawal withdrawals,
                              ZenginTransfers zengin, CurrentUser user, Clock clock) {
        this.queries = queries;
        this.plans = plans;
        this.withdrawals = withdrawals;
        this.zengin = zengin;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @Path("plans")
    @Operation(summary = "使途内訳明細書 of the branch (status SUBMITTED|ACCEPTED|RETURNED|SUPERSEDED, default all)")
    public List<FundsViews.Plan> plans(@QueryParam("status") @Pattern(regexp = "SUBMITTED|ACCEPTED|RETURNED|SUPERSEDED",
            message = "状態は SUBMITTED, ACCEPTED, RETURNED, SUPERSEDED のいずれかです。") String status) {
        return queries.plansOfBranch(staff(), status);
    }

    @GET
    @Path("withdrawals")
    @Operation(summary = "払出依頼 of the branch (status REQUESTED|APPROVED|REJECTED, default all)")
    public List<FundsViews.Withdrawal> withdrawals(@QueryParam("status") @Pattern(regexp = "REQUESTED|APPROVED|REJECTED",
            message = "状態は REQUESTED, APPROVED, REJECTED のいずれかです。") String status) {
        return queries.withdrawalsOfBranch(staff(), status);
    }

    @GET
    @Path("contracts/{contractNumber}")
    @Operation(summary = "前払金 of a contract of the branch")
    public FundsViews.ContractFunds funds(@PathParam("contractNumber") String contractNumber) {
        return queries.ofStaff(staff(), contractNumber);
    }

    @GET
    @Path("contracts/{contractNumber}/schedule")
    @Operation(summary = "前払金払出予定 of a contract of the branch")
    public FundsViews.Schedule schedule(@PathParam("contractNumber") String contractNumber) {
        return queries.scheduleOfStaff(staff(), contractNumber);
    }

    @POST
    @Path("contracts/{contractNumber}/plans/{version}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "使途内訳明細書の受理 (FundsPlanAccepted): the version in force from now on")
    public FundsViews.Plan accept(@PathParam("contractNumber") String contractNumber, @PathParam("version") int version,
                                  @Valid AcceptRequest request) {
        return plans.accept(staff(), contractNumber, version, request == null ? null : request.note());
    }

    @POST
    @Path("contracts/{contractNumber}/plans/{version}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "使途内訳明細書の差戻し (FundsPlanReturned) with a message to the contractor")
    public FundsViews.Plan giveBack(@PathParam("contractNumber") String contractNumber,
                                    @PathParam("version") int version, @Valid ReturnRequest request) {
        if (request == null) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("message", "お客様へのお知らせを入力してください。")));
        }
        return plans.giveBack(staff(), contractNumber, version, request.message());
    }

    @POST
    @Path("withdrawals/{withdrawalId}/approve")
    @Operation(summary = "払出依頼の承認 (WithdrawalApproved) within the accepted plan; a retry answers the same")
    public FundsViews.Withdrawal approve(@PathParam("withdrawalId") UUID withdrawalId) {
        return withdrawals.approve(staff(), withdrawalId);
    }

    @POST
    @Path("withdrawals/{withdrawalId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "払出依頼の否認 (WithdrawalRejected) with a reason")
    public FundsViews.Withdrawal reject(@PathParam("withdrawalId") UUID withdrawalId, @Valid RejectRequest request) {
        if (request == null) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("reason", "否認理由を入力してください。")));
        }
        return withdrawals.reject(staff(), withdrawalId, request.reason());
    }

    @GET
    @Path("contracts/{contractNumber}/zengin")
    @Produces({ZENGIN_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "全銀協 総合振込 file of the contract's withdrawals approved on date (default today, Asia/Tokyo)")
    public Response contractFile(@PathParam("contractNumber") String contractNumber, @QueryParam("date") String date) {
        return download(zengin.ofContract(staff(), contractNumber, day(date)));
    }

    @GET
    @Path("zengin")
    @Produces({ZENGIN_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "全銀協 総合振込 file of the branch's withdrawals approved on date (default today, Asia/Tokyo)")
    public Response branchFile(@QueryParam("date") String date) {
        return download(zengin.ofBranch(staff(), day(date)));
    }

    private static Response download(FundsViews.TransferFile file) {
        return Response.ok(file.content(), ZENGIN_MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Transfer-Count", file.transfers())
                .header("X-Transfer-Total", file.total())
                .build();
    }

    private LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("date", "日付は YYYY-MM-DD 形式で入力してください。")));
        }
    }

    private Staff staff() {
        return user.branchStaff(user.hasRole("funds") ? "funds" : "underwriter");
    }
}
