package jp.esurety.issuance.service.funds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.funds.FundsBalance;
import jp.esurety.issuance.domain.funds.FundsCategory;
import jp.esurety.issuance.domain.funds.FundsPlanLine;
import jp.esurety.issuance.domain.funds.FundsPlanRules;
import jp.esurety.issuance.domain.funds.FundsRuleViolation;
import jp.esurety.issuance.messaging.funds.FundsEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.funds.FundsPlanEntity;
import jp.esurety.issuance.persistence.funds.FundsWithdrawalEntity;
import jp.esurety.issuance.service.Staff;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.platform.problem.ProblemTypes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the advance-payment contract a funds action is about, scoped to the caller (the contractor's own contracts;
 * staff: their branch's), and reads its accepted plan and approved withdrawals. Unknown and not-yours both answer 404.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FundsContracts {

    static final Set<String> ADVANCE_PRODUCTS = Set.of("ADVANCE_PAYMENT", "INTERIM_ADVANCE_PAYMENT");
    private static final TypeReference<List<FundsPlanLine>> LINES = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public FundsContracts(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public GuaranteeContractEntity ofContractor(String contractorId, String contractNumber, boolean lock) {
        return find(contractNumber, c -> c.contractorId.equals(contractorId), lock);
    }

    public GuaranteeContractEntity ofStaff(Staff staff, String contractNumber, boolean lock) {
        return find(contractNumber, c -> c.branchCode.equals(staff.branchCode()), lock);
    }

    private GuaranteeContractEntity find(String contractNumber, Predicate<GuaranteeContractEntity> mine,
                                         boolean lock) {
        GuaranteeContractEntity c = lock
                ? GuaranteeContractEntity.findById(contractNumber, LockModeType.PESSIMISTIC_WRITE)
                : GuaranteeContractEntity.findById(contractNumber);
        if (c == null || !mine.test(c) || !ADVANCE_PRODUCTS.contains(c.productType)) {
            throw ProblemException.notFound("前払金保証の契約が見つかりません。");
        }
        return c;
    }

    /** New claims, plans and requests only for an issued guarantee in force. */
    static void requireActive(GuaranteeContractEntity c) {
        if (!"ACTIVE".equals(c.status)) {
            throw ProblemException.conflict("保証証書が発行済みで有効な前払金保証についてのみ手続きできます。");
        }
    }

    List<FundsPlanLine> lines(FundsPlanEntity plan) {
        try {
            return mapper.readValue(plan.lines, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String json(List<FundsPlanLine> lines) {
        try {
            return mapper.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Planned amount per category of the accepted plan (empty when none is accepted). */
    Map<FundsCategory, Long> planned(String contractNumber) {
        return FundsPlanEntity.accepted(contractNumber).map(p -> FundsPlanRules.totals(lines(p)))
                .orElseGet(() -> new EnumMap<>(FundsCategory.class));
    }

    static Map<FundsCategory, Long> approved(String contractNumber) {
        Map<FundsCategory, Long> approved = new EnumMap<>(FundsCategory.class);
        FundsWithdrawalEntity.approvedByCategory(contractNumber)
                .forEach((category, amount) -> approved.put(FundsCategory.valueOf(category), amount));
        return approved;
    }

    FundsBalance balance(String contractNumber) {
        return FundsBalance.of(planned(contractNumber), approved(contractNumber));
    }

    static FundsEvents.Balance event(FundsBalance b) {
        return new FundsEvents.Balance(b.categories().stream()
                .map(r -> new FundsEvents.CategoryBalance(r.category().name(), r.label(), r.planned(), r.withdrawn(),
                        r.remaining())).toList(), b.planned(), b.withdrawn(), b.remaining());
    }

    static List<FundsEvents.PlanLine> event(List<FundsPlanLine> lines) {
        return lines.stream().map(l -> new FundsEvents.PlanLine(l.category().name(), l.category().label(), l.amount(),
                l.note())).toList();
    }

    /** 422 naming the first broken rule, with every violation as a field error. */
    static ProblemException violated(List<FundsRuleViolation> violations) {
        FundsRuleViolation first = violations.getFirst();
        return new ProblemException(422, ProblemTypes.RULE_PREFIX + first.rule(),
                "業務ルールに違反しています (Business rule violated)", first.message(),
                violations.stream().map(v -> new Problem.FieldError(v.field() == null ? "" : v.field(), v.message()))
                        .toList());
    }
}
