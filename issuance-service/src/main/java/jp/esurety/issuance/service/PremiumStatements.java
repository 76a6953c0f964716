package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.PremiumQuote;
import jp.esurety.issuance.persistence.PremiumStatementEntity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 保証料計算書一覧: a contractor's own premium statements, newest first. */
@ApplicationScoped
@Transactional
public class PremiumStatements {

    public record StatementView(UUID statementId, String kind, String contractNumber, String productType,
                                List<PremiumQuote.Line> lines, long premium, long consumptionTax, long total,
                                String paymentMethod, Instant issuedAt) {
    }

    private static final TypeReference<List<PremiumQuote.Line>> LINES = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public PremiumStatements(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Page<StatementView> ofContractor(String contractorId, int page, int size) {
        var query = PremiumStatementEntity.<PremiumStatementEntity>find("contractorId", 
                Sort.descending("issuedAt").and("statementId"), contractorId);
        long total = query.count();
        return Page.of(query.page(page - 1, size).list().stream().map(this::view).toList(), total, page, size);
    }

    private StatementView view(PremiumStatementEntity s) {
        try {
            return new StatementView(s.statementId, s.kind, s.contractNumber, s.productType,
                    mapper.readValue(s.lines, LINES), s.premium, s.consumptionTax, s.total, s.paymentMethod,
                    s.issuedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
