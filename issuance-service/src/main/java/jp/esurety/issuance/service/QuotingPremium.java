package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.PremiumQuote;
import jp.esurety.issuance.domain.PremiumRateTable;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.persistence.PremiumRateTableEntity;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 保証料計算: the premium of a guarantee from the rate table valid on a date (docs/premiums.md). */
@ApplicationScoped
@Transactional
public class QuotingPremium {

    static final TypeReference<List<PremiumRateTable.Tier>> TIERS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public QuotingPremium(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Optional<PremiumRateTable> tableOn(ProductType product, LocalDate date) {
        return PremiumRateTableEntity.validOn(product.name(), date).stream().findFirst().map(this::toDomain);
    }

    public PremiumQuote quote(ProductType product, long guaranteeAmount, LocalDate from, LocalDate to,
                              LocalDate asOf) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("to", "保証期限は保証期間の開始日以降の日付を入力してください。")));
        }
        PremiumRateTable table = tableOn(product, asOf).orElseThrow(() -> ProblemException.ruleViolated(
                "premium-rate-table", "productType", "この保証種類の保証料率表がありません。"));
        return table.quote(guaranteeAmount, from, to);
    }

    PremiumRateTable toDomain(PremiumRateTableEntity e) {
        try {
            return new PremiumRateTable(ProductType.valueOf(e.productType), e.validFrom, e.validTo, e.roundingUnit,
                    PremiumRateTable.Rounding.valueOf(e.rounding), e.minimumPremium, e.taxRatePercent,
                    mapper.readValue(e.tiers, TIERS));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored rate table " + e.tableId + " is unreadable", ex);
        }
    }
}
