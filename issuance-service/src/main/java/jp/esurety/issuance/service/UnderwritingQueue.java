package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseRoundEntity;
import jp.esurety.platform.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 審査キュー: the cases of the underwriter's own branch. */
@ApplicationScoped
@Transactional
public class UnderwritingQueue {

    public record CaseSummary(UUID caseId, UUID applicationId, UUID lineId, String status, String contractorId,
                              String contractorName, String productType, String format, long guaranteeAmount,
                              String workName, String obligeeName, String premiumPaymentMethod, List<String> reasons,
                              Instant receivedAt, String decidedBy, Instant decidedAt, String decisionNote,
                              String contractNumber) {
    }

    /** An earlier round of a returned and resubmitted case (差戻し履歴), oldest first. */
    public record CaseRound(int round, Instant receivedAt, long guaranteeAmount, List<String> reasons, String status,
                            String decidedBy, Instant decidedAt, String decisionNote, JsonNode submission) {
    }

    public record CaseDetail(CaseSummary summary, JsonNode submission, List<CaseRound> history) {
    }

    public record Filter(String status, String productType, String contractorId, String workName) {
    }

    private final ObjectMapper mapper;

    public UnderwritingQueue(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Page<CaseSummary> list(Staff staff, Filter filter, int page, int size) {
        StringBuilder q = new StringBuilder("branchCode = :branch");
        Map<String, Object> p = new HashMap<>();
        p.put("branch", staff.branchCode());
        if (filter.status() != null && !filter.status().isBlank()) {
            q.append(" and status = :status");
            p.put("status", filter.status());
        }
        if (filter.productType() != null && !filter.productType().isBlank()) {
            q.append(" and productType = :product");
            p.put("product", filter.productType());
        }
        if (filter.contractorId() != null && !filter.contractorId().isBlank()) {
            q.append(" and contractorId = :contractor");
            p.put("contractor", filter.contractorId());
        }
        if (filter.workName() != null && !filter.workName().isBlank()) {
            q.append(" and workName like :work");
            p.put("work", "%" + filter.workName().strip() + "%");
        }
        var query = UnderwritingCaseEntity.<UnderwritingCaseEntity>find(q.toString(),
                Sort.by("receivedAt").and("caseId"), p);
        long total = query.count();
        List<CaseSummary> items = query.page(page - 1, size).list().stream().map(UnderwritingQueue::summary).toList();
        return Page.of(items, total, page, size);
    }

    public CaseDetail open(Staff staff, UUID caseId) {
        UnderwritingCaseEntity kase = UnderwritingCaseEntity.<UnderwritingCaseEntity>findByIdOptional(caseId)
                .filter(k -> k.branchCode.equals(staff.branchCode()))
                .orElseThrow(() -> ProblemException.notFound("審査案件が見つかりません。"));
        try {
            List<CaseRound> history = new ArrayList<>();
            for (UnderwritingCaseRoundEntity r : UnderwritingCaseRoundEntity.of(caseId)) {
                history.add(new CaseRound(r.round, r.receivedAt, r.guaranteeAmount, lines(r.reasons), r.status,
                        r.decidedBy, r.decidedAt, r.decisionNote, mapper.readTree(r.submission)));
            }
            return new CaseDetail(summary(kase), mapper.readTree(kase.submission), history);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static CaseSummary summary(UnderwritingCaseEntity k) {
        return new CaseSummary(k.caseId, k.applicationId, k.lineId, k.status, k.contractorId, k.contractorName,
                k.productType, k.format, k.guaranteeAmount, k.workName, k.obligeeName, k.premiumPaymentMethod,
                lines(k.reasons),
                k.receivedAt, k.decidedBy, k.decidedAt, k.decisionNote, k.contractNumber);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\n"));
    }
}
