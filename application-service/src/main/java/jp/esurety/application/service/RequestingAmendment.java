package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.api.AmendmentRequest;
import jp.esurety.application.config.ApplicationLimitsConfig;
import jp.esurety.application.domain.AmendmentFormatRule;
import jp.esurety.application.domain.ApplicationKind;
import jp.esurety.application.domain.CertificateFormat;
import jp.esurety.application.domain.ChangeType;
import jp.esurety.application.domain.ContractNumbers;
import jp.esurety.application.domain.GuaranteeAmountRule;
import jp.esurety.application.domain.GuaranteeLine;
import jp.esurety.application.domain.LineStatus;
import jp.esurety.application.domain.ProductType;
import jp.esurety.application.domain.WorkType;
import jp.esurety.application.messaging.ApplicationEvents;
import jp.esurety.application.persistence.AdvisoryLocks;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.ApplicationLineEntity;
import jp.esurety.application.persistence.ContractorCopyEntity;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A contractor requests a change (変更申込: 増額 | 減額 | 保証期限変更) of one of its own issued guarantee contracts:
 * an application of kind {@code AMENDMENT}, announced as {@code AmendmentRequested}. Rule 3: the change keeps the
 * contract's format.
 */
@ApplicationScoped
@Transactional
public class RequestingAmendment {

    private static final Set<LineStatus> CONTRACT_EXISTS = EnumSet.of(LineStatus.APPROVED, LineStatus.ISSUED,
            LineStatus.REGISTERED);

    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationLimitsConfig limits;

    public RequestingAmendment(Outbox outbox, Clock clock, ApplicationLimitsConfig limits) {
        this.outbox = outbox;
        this.clock = clock;
        this.limits = limits;
    }

    public SubmittingApplication.Outcome request(String contractorId, AmendmentRequest request,
                                                 String idempotencyKey) {
        Optional<SubmittingApplication.Outcome> earlier = SubmittingApplication.replay(contractorId, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ApplicationLineEntity contract = checked(contractorId, request);
        ContractorCopyEntity contractor = SubmittingApplication.registered(contractorId);

        Instant now = Times.now(clock);
        ApplicationEntity amendment = amendmentOf(contract, request, contractor, now);
        amendment.idempotencyKey = idempotencyKey;
        amendment.persist();
        announce(amendment, contract, now);
        return new SubmittingApplication.Outcome(ApplicationView.of(amendment), false);
    }

    /**
     * Fixes a 変更申込 the surety returned (差戻し): the same contract, the change as now requested; checked as a new
     * one is. It is sent again with {@code POST /api/applications/{id}/submission}.
     */
    public ApplicationView fix(String contractorId, UUID id, AmendmentRequest request) {
        AdvisoryLocks.lock(SubmittingApplication.APPLICATION_LOCK, id.toString());
        ApplicationEntity amendment = ApplicationEntity.findOwned(id, contractorId)
                .orElseThrow(() -> ProblemException.notFound("申込が見つかりません。"));
        if (!ApplicationKind.AMENDMENT.name().equals(amendment.kind)) {
            throw ProblemException.conflict("変更申込ではありません。申込内容は PUT /api/applications/{id} で修正してください。");
        }
        if (!amendment.editable()) {
            throw ProblemException.conflict("送信済みの変更申込は修正できません(差戻しを受けた変更申込のみ修正できます)。");
        }
        if (!ContractNumbers.normalise(request.contractNumber()).map(amendment.amendedContractNumber::equals)
                .orElse(false)) {
            throw ProblemException.ruleViolated("amendment-same-contract", "contractNumber",
                    "差戻しを受けた変更申込の保証契約番号は変更できません。別の保証契約の変更は新しい変更申込をしてください。");
        }
        ApplicationLineEntity contract = checked(contractorId, request);
        apply(request, contract, amendment);
        amendment.updatedAt = Times.now(clock);
        return ApplicationView.of(amendment);
    }

    /**
     * Resubmits a returned 変更申込: checked again against the contract as it is now, then {@code AmendmentRequested}
     * again with the same application and line ids, which issuance takes as the resubmission of the returned case.
     */
    void resubmit(ApplicationEntity amendment, String idempotencyKey) {
        AmendmentRequest request = new AmendmentRequest(amendment.amendedContractNumber,
                ChangeType.valueOf(amendment.changeType), null, amendment.newGuaranteeAmount,
                amendment.newGuaranteeEnd, amendment.newContractAmount, amendment.newPeriodTo, amendment.changeReason,
                amendment.completionMailWanted, amendment.completionMailAddress);
        ApplicationLineEntity contract = checked(amendment.contractorId, request);
        ContractorCopyEntity contractor = SubmittingApplication.registered(amendment.contractorId);
        Instant now = Times.now(clock);
        amendment.contractorName = contractor.name;
        amendment.idempotencyKey = idempotencyKey == null ? amendment.idempotencyKey : idempotencyKey;
        amendment.submittedAt = now;
        amendment.updatedAt = now;
        amendment.lines.forEach(line -> line.status = LineStatus.SUBMITTED);
        announce(amendment, contract, now);
    }

    /** The contractor's own issued contract, changed in its own format (rule 3) within the limits (rule 4). */
    private ApplicationLineEntity checked(String contractorId, AmendmentRequest request) {
        ApplicationLineEntity contract = ContractNumbers.normalise(request.contractNumber())
                .flatMap(ApplicationLineEntity::findByContractNumber)
                .filter(l -> l.application.contractorId.equals(contractorId) && CONTRACT_EXISTS.contains(l.status))
                .orElseThrow(() -> ProblemException.ruleViolated("amendment-own-contract", "contractNumber",
                        "お客様の発行済みの保証契約の保証契約番号を入力してください。"));
        AmendmentFormatRule.violation(CertificateFormat.valueOf(contract.format), request.format())
                .ifPresent(reason -> {
                    throw ProblemException.ruleViolated("amendment-keeps-format", "format", reason);
                });
        checkChange(request, contract);
        return contract;
    }

    private void announce(ApplicationEntity amendment, ApplicationLineEntity contract, Instant now) {
        outbox.publish(ApplicationEvents.TOPIC, ApplicationEvents.AMENDMENT_REQUESTED, contract.contractNumber,
                new ApplicationEvents.AmendmentRequested(amendment.id, contract.contractNumber, amendment.changeType,
                        amendment.newGuaranteeAmount, amendment.newGuaranteeEnd, amendment.newContractAmount,
                        amendment.newPeriodTo, amendment.changeReason, now,
                        new ApplicationEvents.Contractor(amendment.contractorId, amendment.contractorName),
                        new ApplicationEvents.CompletionMail(amendment.completionMailWanted,
                                amendment.completionMailAddress),
                        amendment.lines.getFirst().id, contract.productType, contract.format));
    }

    private void checkChange(AmendmentRequest request, ApplicationLineEntity contract) {
        List<Problem.FieldError> errors = new ArrayList<>();
        long current = contract.guaranteeAmount;
        Long amount = request.newGuaranteeAmount();
        if (request.changeType() == ChangeType.INCREASE && (amount == null || amount <= current)) {
            errors.add(new Problem.FieldError("newGuaranteeAmount",
                    "増額の場合は現在の保証金額(" + current + "円)より大きい金額を入力してください。"));
        }
        if (request.changeType() == ChangeType.DECREASE && (amount == null || amount >= current)) {
            errors.add(new Problem.FieldError("newGuaranteeAmount",
                    "減額の場合は現在の保証金額(" + current + "円)より小さい金額を入力してください。"));
        }
        if (amount != null && errors.isEmpty()) {
            errors.addAll(ratioAfterTheChange(contract, amount, request.newContractAmount()));
        }
        if (request.changeType() == ChangeType.TERM_CHANGE && request.newGuaranteeEnd() == null) {
            errors.add(new Problem.FieldError("newGuaranteeEnd", "変更後の保証期限を入力してください。"));
        }
        if (request.completionMailWanted() && ApplicationForms.blank(request.completionMailAddress())) {
            errors.add(new Problem.FieldError("completionMailAddress",
                    "電子保証発行完了のお知らせを希望する場合はメールアドレスを入力してください。"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Rule 4 holds after a change too: the new amount against the (new) 請負金額. */
    private List<Problem.FieldError> ratioAfterTheChange(ApplicationLineEntity contract, long amount,
                                                         Long newContractAmount) {
        ApplicationEntity original = contract.application;
        long contractAmount = newContractAmount != null ? newContractAmount : original.contractAmount;
        GuaranteeLine changed = new GuaranteeLine(ProductType.valueOf(contract.productType), amount,
                contract.currentYearAmount, true);
        return GuaranteeAmountRule.violations(WorkType.valueOf(original.workType), contractAmount,
                        original.currentYearAmount, Boolean.TRUE.equals(original.lowBid), List.of(changed),
                        limits.forOrderer(original.ordererId)).stream()
                .map(v -> new Problem.FieldError("newGuaranteeAmount", v.message())).toList();
    }

    private static ApplicationEntity amendmentOf(ApplicationLineEntity contract, AmendmentRequest request,
                                                 ContractorCopyEntity contractor, Instant now) {
        ApplicationEntity original = contract.application;
        ApplicationEntity a = new ApplicationEntity();
        a.id = UUID.randomUUID();
        a.kind = ApplicationKind.AMENDMENT.name();
        a.contractorId = original.contractorId;
        a.contractorName = contractor.name;
        a.branchCode = original.branchCode;
        a.workName = original.workName;
        a.ordererWorkNumber = original.ordererWorkNumber;
        a.ordererId = original.ordererId;
        a.ordererName = original.ordererName;
        a.workLocation = original.workLocation;
        a.workType = original.workType;
        a.contractDate = original.contractDate;
        a.jvName = original.jvName;
        a.jvRepresentative = original.jvRepresentative;
        a.electronicPermitted = original.electronicPermitted;
        a.currentYearAmount = original.currentYearAmount;
        a.periodFrom = original.periodFrom;
        a.amendedContractNumber = contract.contractNumber;
        a.createdAt = now;
        a.updatedAt = now;
        a.submittedAt = now;
        ApplicationLineEntity line = new ApplicationLineEntity();
        line.id = a.id; // an amendment has one line; issuance names its underwriting case's line by the application id
        line.application = a;
        line.position = 0;
        line.productType = contract.productType;
        line.format = contract.format;
        line.depositBank = contract.depositBank;
        line.redeposit = contract.redeposit;
        line.premiumPaymentMethod = contract.premiumPaymentMethod;
        line.premiumPayer = contract.premiumPayer;
        line.paperStatementWanted = contract.paperStatementWanted;
        line.contractNumber = contract.contractNumber;
        line.status = LineStatus.SUBMITTED;
        a.lines.add(line);
        apply(request, contract, a);
        return a;
    }

    /** The change itself (what a fix after a return may alter). */
    private static void apply(AmendmentRequest request, ApplicationLineEntity contract, ApplicationEntity a) {
        ApplicationEntity original = contract.application;
        a.contractAmount = request.newContractAmount() != null ? request.newContractAmount() : original.contractAmount;
        a.periodTo = request.newPeriodTo() != null ? request.newPeriodTo() : original.periodTo;
        a.completionMailWanted = request.completionMailWanted();
        a.completionMailAddress = request.completionMailAddress();
        a.changeType = request.changeType().name();
        a.newGuaranteeAmount = request.newGuaranteeAmount();
        a.newGuaranteeEnd = request.newGuaranteeEnd();
        a.newContractAmount = request.newContractAmount();
        a.newPeriodTo = request.newPeriodTo();
        a.changeReason = request.reason();
        a.lines.getFirst().guaranteeAmount = request.newGuaranteeAmount() != null ? request.newGuaranteeAmount()
                : contract.guaranteeAmount;
    }
}
