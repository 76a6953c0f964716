package jp.esurety.issuance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.issuance.domain.AutoApprovalRule;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.service.MaintainingMasterData;
import jp.esurety.issuance.service.MaintainingRules;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** surety_admin: automatic underwriting rules and master data (branches, contractor register); audited. */
@Path("/api/admin")
@RolesAllowed("surety_admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    public record RuleRequest(boolean enabled,
                              @Min(value = 0, message = "上限金額は0以上で入力してください。") long maxGuaranteeAmount,
                              boolean knownContractorRequired, boolean electronicPermissionRequired) {
    }

    public record BranchRequest(@NotBlank(message = "支店名を入力してください。") String name,
                                @NotBlank(message = "保証会社名を入力してください。") String companyName,
                                String address, String tel, String fax) {
    }

    public record ContractorRequest(@NotBlank(message = "商号又は名称を入力してください。") String name,
                                    String address, String representative, boolean bulkPaymentEligible,
                                    @Valid List<@NotNull(message = "共同企業体を入力してください。") JointVentureRequest> jointVentures) {
    }

    /** A JV membership (共同企業体): its name and whether this contractor is its representative (代表者). */
    public record JointVentureRequest(@NotBlank(message = "共同企業体の名称を入力してください。") String name,
                                      boolean representative) {
    }

    private final MaintainingRules rules;
    private final MaintainingMasterData masterData;
    private final CurrentUser user;

    public AdminResource(MaintainingRules rules, MaintainingMasterData masterData, CurrentUser user) {
        this.rules = rules;
        this.masterData = masterData;
        this.user = user;
    }

    @GET
    @Path("auto-approval-rules")
    @Operation(summary = "自動承認ルールの一覧")
    public List<AutoApprovalRule> rules() {
        return rules.rules();
    }

    @PUT
    @Path("auto-approval-rules/{branchCode}/{productType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "自動承認ルールの設定 (per branch and product)")
    public AutoApprovalRule putRule(@PathParam("branchCode") String branchCode,
                                    @PathParam("productType") ProductType productType,
                                    @Valid @NotNull(message = "ルールを入力してください。") RuleRequest r) {
        return rules.putRule(user.admin(), new AutoApprovalRule(branchCode, productType, r.enabled(),
                r.maxGuaranteeAmount(), r.knownContractorRequired(), r.electronicPermissionRequired()));
    }

    @GET
    @Path("branches")
    public List<MaintainingMasterData.Branch> branches() {
        return masterData.branches();
    }

    @PUT
    @Path("branches/{branchCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "支店の登録・変更 (publishes SuretyBranchUpdated)")
    public MaintainingMasterData.Branch putBranch(
            @PathParam("branchCode") @Pattern(regexp = "[0-9]{5}", message = "支店コードは5桁の数字です。") String branchCode,
            @Valid @NotNull(message = "支店を入力してください。") BranchRequest r) {
        return masterData.putBranch(user.admin(), new MaintainingMasterData.Branch(branchCode, r.name(),
                r.companyName(), r.address(), r.tel(), r.fax()));
    }

    @GET
    @Path("contractors")
    public List<MaintainingMasterData.Contractor> contractors() {
        return masterData.contractors();
    }

    @PUT
    @Path("contractors/{contractorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "お客様の登録・変更 (with JV memberships 共同企業体; publishes ContractorRegistered)")
    public MaintainingMasterData.Contractor putContractor(
            @PathParam("contractorId") @NotBlank String contractorId,
            @Valid @NotNull(message = "お客様を入力してください。") ContractorRequest r) {
        List<IssuanceEvents.JointVentureMembership> memberships = r.jointVentures() == null ? List.of()
                : r.jointVentures().stream()
                        .map(j -> new IssuanceEvents.JointVentureMembership(j.name().strip(), j.representative()))
                        .toList();
        if (memberships.stream().map(IssuanceEvents.JointVentureMembership::name).distinct().count()
                < memberships.size()) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("jointVentures",
                    "同じ共同企業体が重複しています。")));
        }
        return masterData.putContractor(user.admin(), new MaintainingMasterData.Contractor(contractorId, r.name(),
                r.address(), r.representative(), r.bulkPaymentEligible(), memberships));
    }
}
