package jp.esurety.issuance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.issuance.domain.PremiumQuote;
import jp.esurety.issuance.domain.PremiumRateTable;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.service.MaintainingRules;
import jp.esurety.issuance.service.Page;
import jp.esurety.issuance.service.PremiumStatements;
import jp.esurety.issuance.service.QuotingPremium;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** 保証料計算 (simulator), 保証料計算書一覧 (own statements) and the rate tables (surety_admin). */
@Path("/api/premiums")
@Produces(MediaType.APPLICATION_JSON)
public class PremiumResource {

    public record QuoteRequest(@NotNull(message = "保証種類を選択してください。") ProductType productType,
                               @NotNull(message = "保証金額を入力してください。") @Min(value = 0, message = "保証金額は0以上で入力してください。") Long guaranteeAmount,
                               @NotNull(message = "保証期間の開始日を入力してください。") LocalDate from,
                               @NotNull(message = "保証期限を入力してください。") LocalDate to,
                               LocalDate asOf) {
    }

    public record TierRequest(Long amountUpTo, Integer daysUpTo,
                              @NotNull(message = "料率を入力してください。") java.math.BigDecimal ratePercent) {
    }

    public record RateTableRequest(@NotNull(message = "保証種類を選択してください。") ProductType productType,
                                   @NotNull(message = "適用開始日を入力してください。") LocalDate validFrom,
                                   LocalDate validTo,
                                   @Min(value = 1, message = "端数処理の単位は1円以上です。") int roundingUnit,
                                   @NotNull(message = "端数処理を選択してください（DOWN, UP, HALF_UP）。") String rounding,
                                   @Min(value = 0, message = "最低保証料は0円以上です。") long minimumPremium,
                                   @Min(value = 0, message = "消費税率は0以上です。") @Max(value = 100, message = "消費税率は100以下です。") int taxRatePercent,
                                   @NotEmpty(message = "料率の区分を入力してください。") List<@Valid TierRequest> tiers) {
    }

    private final QuotingPremium quoting;
    private final PremiumStatements statements;
    private final MaintainingRules rules;
    private final CurrentUser user;
    private final Clock clock;

    public PremiumResource(QuotingPremium quoting, PremiumStatements statements, MaintainingRules rules,
                           CurrentUser user, Clock clock) {
        this.quoting = quoting;
        this.statements = statements;
        this.rules = rules;
        this.user = user;
        this.clock = clock;
    }

    @POST
    @Path("quote")
    @RolesAllowed({"contractor", "underwriter", "surety_admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "保証料計算 (simulator): the premium from the rate table valid on asOf (default today)")
    public PremiumQuote quote(@Valid @NotNull(message = "計算条件を入力してください。") QuoteRequest request) {
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
        return quoting.quote(request.productType(), request.guaranteeAmount(), request.from(), request.to(), asOf);
    }

    @GET
    @Path("statements")
    @RolesAllowed("contractor")
    @Operation(summary = "保証料計算書一覧: the caller's own statements, newest first")
    public Page<PremiumStatements.StatementView> statements(
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "ページは1以上です。") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "件数は1以上です。") @Max(value = 100, message = "件数は100以下です。") int size) {
        return statements.ofContractor(user.contractorId(), page, size);
    }

    @GET
    @Path("rate-tables")
    @RolesAllowed("surety_admin")
    @Operation(summary = "保証料率表の一覧")
    public List<MaintainingRules.RateTableView> rateTables() {
        return rules.rateTables();
    }

    @POST
    @Path("rate-tables")
    @RolesAllowed("surety_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "保証料率表の登録 (valid from a date; the latest validFrom wins)")
    public Response addRateTable(@Valid @NotNull(message = "料率表を入力してください。") RateTableRequest r) {
        PremiumRateTable table = MaintainingRules.rateTable(r.productType(), r.validFrom(), r.validTo(),
                r.roundingUnit(), r.rounding(), r.minimumPremium(), r.taxRatePercent(),
                r.tiers().stream().map(t -> new PremiumRateTable.Tier(t.amountUpTo(), t.daysUpTo(), t.ratePercent()))
                        .toList());
        return Response.status(201).entity(rules.addRateTable(user.admin(), table)).build();
    }
}
