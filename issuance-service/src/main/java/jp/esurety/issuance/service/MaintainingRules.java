package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.AutoApprovalRule;
import jp.esurety.issuance.domain.PremiumRateTable;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.persistence.AutoApprovalRuleEntity;
import jp.esurety.issuance.persistence.PremiumRateTableEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** surety_admin: the automatic underwriting rules and the premium rate tables (audited). */
@ApplicationScoped
@Transactional
public class MaintainingRules {

    /** A rate table as stored, with its id. */
    public record RateTableView(UUID tableId, PremiumRateTable table) {
    }

    private final QuotingPremium premiums;
    private final Auditing auditing;
    private final ObjectMapper mapper;
    private final Clock clock;

    public MaintainingRules(QuotingPremium premiums, Auditing auditing, ObjectMapper mapper, Clock clock) {
        this.premiums = premiums;
        this.auditing = auditing;
        this.mapper = mapper;
        this.clock = clock;
    }

    public static AutoApprovalRule toDomain(AutoApprovalRuleEntity e) {
        return new AutoApprovalRule(e.branchCode, ProductType.valueOf(e.productType), e.enabled,
                e.maxGuaranteeAmount, e.knownContractorRequired, e.electronicPermissionRequired);
    }

    public List<AutoApprovalRule> rules() {
        return AutoApprovalRuleEntity.<AutoApprovalRuleEntity>listAll().stream()
                .map(MaintainingRules::toDomain).toList();
    }

    public AutoApprovalRule putRule(Staff staff, AutoApprovalRule rule) {
        if (SuretyBranchEntity.findByIdOptional(rule.branchCode()).isEmpty()) {
            throw ProblemException.notFound("支店が見つかりません。");
        }
        AutoApprovalRuleEntity e = AutoApprovalRuleEntity.find(rule.branchCode(), rule.productType().name())
                .orElseGet(() -> {
                    AutoApprovalRuleEntity n = new AutoApprovalRuleEntity();
                    n.branchCode = rule.branchCode();
                    n.productType = rule.productType().name();
                    return n;
                });
        e.enabled = rule.enabled();
        e.maxGuaranteeAmount = rule.maxGuaranteeAmount();
        e.knownContractorRequired = rule.knownContractorRequired();
        e.electronicPermissionRequired = rule.electronicPermissionRequired();
        e.updatedAt = clock.instant();
        e.updatedBy = staff.username();
        e.persist();
        auditing.record(staff, "AUTO_APPROVAL_RULE_SET", rule.branchCode() + "/" + rule.productType(), rule.toString());
        return toDomain(e);
    }

    public List<RateTableView> rateTables() {
        return PremiumRateTableEntity.<PremiumRateTableEntity>list("order by productType, validFrom").stream()
                .map(e -> new RateTableView(e.tableId, premiums.toDomain(e))).toList();
    }

    public RateTableView addRateTable(Staff staff, PremiumRateTable table) {
        PremiumRateTableEntity e = new PremiumRateTableEntity();
        e.tableId = UUID.randomUUID();
        e.productType = table.productType().name();
        e.validFrom = table.validFrom();
        e.validTo = table.validTo();
        e.roundingUnit = table.roundingUnit();
        e.rounding = table.rounding().name();
        e.minimumPremium = table.minimumPremium();
        e.taxRatePercent = table.taxRatePercent();
        try {
            e.tiers = mapper.writeValueAsString(table.tiers());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        e.createdAt = clock.instant();
        e.createdBy = staff.username();
        e.persist();
        auditing.record(staff, "PREMIUM_RATE_TABLE_ADDED", e.tableId.toString(),
                table.productType() + " from " + table.validFrom());
        return new RateTableView(e.tableId, table);
    }

    /** Builds a rate table from input, turning the domain's refusals into a 400. */
    public static PremiumRateTable rateTable(ProductType product, java.time.LocalDate validFrom,
                                             java.time.LocalDate validTo, int roundingUnit, String rounding,
                                             long minimumPremium, int taxRatePercent,
                                             List<PremiumRateTable.Tier> tiers) {
        try {
            return new PremiumRateTable(product, validFrom, validTo, roundingUnit,
                    PremiumRateTable.Rounding.valueOf(rounding), minimumPremium, taxRatePercent, tiers);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("tiers",
                    "料率表の内容が正しくありません（有効期間、端数処理、最低保証料、上限のない区分を確認してください）。")));
        }
    }
}
