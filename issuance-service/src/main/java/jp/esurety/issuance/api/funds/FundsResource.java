package jp.esurety.issuance.api.funds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.issuance.api.CurrentUser;
import jp.esurety.issuance.domain.funds.AccountType;
import jp.esurety.issuance.domain.funds.FundsCategory;
import jp.esurety.issuance.domain.funds.FundsPlanLine;
import jp.esurety.issuance.service.funds.FilingFundsPlan;
import jp.esurety.issuance.service.funds.FundsQueries;
import jp.esurety.issuance.service.funds.FundsViews;
import jp.esurety.issuance.service.funds.IssuingAdvanceClaim;
import jp.esurety.issuance.service.funds.RequestingWithdrawal;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Net Desk 前払金: the contractor's claim, use plan, withdrawal requests and schedule for its own contracts. */
@Path("/api/funds/contracts/{contractNumber}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("contractor")
public class FundsResource {

    public record DepositAccountRequest(
            @NotNull(message = "金融機関コードを入力してください。") @Pattern(regexp = "[0-9]{4}", message = "金融機関コードは半角数字4桁で入力してください。") String bankCode,
            @NotBlank(message = "金融機関名を入力してください。") @Size(max = 60, message = "金融機関名は60文字以内で入力してください。") String bankName,
            String bankNameKana,
            @NotNull(message = "支店コードを入力してください。") @Pattern(regexp = "[0-9]{3}", message = "支店コードは半角数字3桁で入力してください。") String branchCode,
            @NotBlank(message = "支店名を入力してください。") @Size(max = 60, message = "支店名は60文字以内で入力してください。") String branchName,
            String branchNameKana,
            @NotNull(message = "預金種目を選択してください（ORDINARY: 普通, CURRENT: 当座）。") AccountType accountType,
            @NotNull(message = "口座番号を入力してください。") @Pattern(regexp = "[0-9]{7}", message = "口座番号は半角数字7桁で入力してください。") String accountNumber,
            @NotNull(message = "口座名義（カナ）を入力してください。") String holderKana,
            @Pattern(regexp = "[0-9]{10}", message = "振込依頼人コードは半角数字10桁で入力してください。") String requesterCode) {
    }

    public record ClaimRequest(@NotNull(message = "前払金専用口座を入力してください。") @Valid DepositAccountRequest depositAccount) {
    }

    public record PlanLineRequest(@NotNull(message = "使途を選択してください。") FundsCategory category,
                                  @NotNull(message = "金額を入力してください。") @Min(value = 1, message = "金額は1円以上で入力してください。") Long amount,
                                  @Size(max = 200, message = "内容は200文字以内で入力してください。") String note) {
    }

    public record PlanRequest(@NotEmpty(message = "使途内訳を1行以上入力してください。") List<@NotNull(message = "使途内訳を入力してください。") @Valid PlanLineRequest> lines) {
    }

    public record PayeeRequest(
            @NotBlank(message = "払出先（支払先）の名称を入力してください。") @Size(max = 100, message = "払出先の名称は100文字以内で入力してください。") String name,
            @NotNull(message = "金融機関コードを入力してください。") @Pattern(regexp = "[0-9]{4}", message = "金融機関コードは半角数字4桁で入力してください。") String bankCode,
            String bankNameKana,
            @NotNull(message = "支店コードを入力してください。") @Pattern(regexp = "[0-9]{3}", message = "支店コードは半角数字3桁で入力してください。") String branchCode,
            String branchNameKana,
            @NotNull(message = "預金種目を選択してください（ORDINARY: 普通, CURRENT: 当座）。") AccountType accountType,
            @NotNull(message = "口座番号を入力してください。") @Pattern(regexp = "[0-9]{7}", message = "口座番号は半角数字7桁で入力してください。") String accountNumber,
            @NotNull(message = "口座名義（カナ）を入力してください。") String holderKana) {
    }

    public record WithdrawalRequest(@NotNull(message = "使途を選択してください。") FundsCategory category,
                                    @NotNull(message = "払出金額を入力してください。") @Min(value = 1, message = "払出金額は1円以上で入力してください。") Long amount,
                                    @NotNull(message = "払出先を入力してください。") @Valid PayeeRequest payee) {
    }

    private final FundsQueries queries;
    private final IssuingAdvanceClaim claims;
    private final FilingFundsPlan plans;
    private final RequestingWithdrawal withdrawals;
    private final CurrentUser user;

    public FundsResource(FundsQueries queries, IssuingAdvanceClaim claims, FilingFundsPlan plans,
                         RequestingWithdrawal withdrawals, CurrentUser user) {
        this.queries = queries;
        this.claims = claims;
        this.plans = plans;
        this.withdrawals = withdrawals;
        this.user = user;
    }

    @GET
    @Operation(summary = "前払金: claim, every plan version, withdrawal requests and the schedule of an own contract")
    public FundsViews.ContractFunds funds(@PathParam("contractNumber") String contractNumber) {
        return queries.ofContractor(user.contractorId(), contractNumber);
    }

    @GET
    @Path("schedule")
    @Operation(summary = "前払金払出予定: planned and done withdrawals with the remaining balance per category and total")
    public FundsViews.Schedule schedule(@PathParam("contractNumber") String contractNumber) {
        return queries.scheduleOfContractor(user.contractorId(), contractNumber);
    }

    @POST
    @Path("advance-claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "前払金請求書の作成 (AdvanceClaimIssued): claim amount = the guarantee's advance amount")
    public Response claim(@PathParam("contractNumber") String contractNumber,
                          @Valid @NotNull(message = "請求内容を入力してください。") ClaimRequest request) {
        DepositAccountRequest a = request.depositAccount();
        return Response.status(201).entity(claims.issue(user.contractorId(), contractNumber,
                new IssuingAdvanceClaim.DepositAccount(a.bankCode(), a.bankName(), a.bankNameKana(), a.branchCode(),
                        a.branchName(), a.branchNameKana(), a.accountType(), a.accountNumber(), a.holderKana(),
                        a.requesterCode()))).build();
    }

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "前払金使途内訳明細書の提出 (FundsPlanSubmitted); again later = 使途変更 (next version)")
    public Response submitPlan(@PathParam("contractNumber") String contractNumber,
                               @Valid @NotNull(message = "使途内訳を入力してください。") PlanRequest request) {
        return Response.status(201).entity(plans.submit(user.contractorId(), contractNumber, request.lines().stream()
                .map(l -> new FundsPlanLine(l.category(), l.amount(), l.note())).toList())).build();
    }

    @POST
    @Path("withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "前払金払出依頼書 (WithdrawalRequested)")
    public Response requestWithdrawal(@PathParam("contractNumber") String contractNumber,
                                      @Valid @NotNull(message = "払出依頼の内容を入力してください。") WithdrawalRequest request) {
        PayeeRequest p = request.payee();
        return Response.status(201).entity(withdrawals.request(user.contractorId(), contractNumber,
                request.category(), request.amount(), new RequestingWithdrawal.Payee(p.name(), p.bankCode(),
                        p.bankNameKana(), p.branchCode(), p.branchNameKana(), p.accountType(), p.accountNumber(),
                        p.holderKana()))).build();
    }
}
