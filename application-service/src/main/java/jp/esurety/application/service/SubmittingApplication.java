package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.api.SubmitApplicationRequest;
import jp.esurety.application.domain.CertificateFormat;
import jp.esurety.application.domain.ElectronicSuretyRule;
import jp.esurety.application.domain.LineStatus;
import jp.esurety.application.domain.ProductType;
import jp.esurety.application.messaging.ApplicationEvents;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.ApplicationLineEntity;
import jp.esurety.application.persistence.ContractorCopyEntity;
import jp.esurety.application.persistence.OrdererDirectoryEntity;
import jp.esurety.application.persistence.SuretyBranchEntity;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A contractor submits an application (申込作成 > 申込確認 > 送信完了): checked, stored, announced. */
@ApplicationScoped
@Transactional
public class SubmittingApplication {

    private final Outbox outbox;
    private final Clock clock;

    public SubmittingApplication(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public ApplicationView submit(String contractorId, SubmitApplicationRequest request) {
        ContractorCopyEntity contractor = ContractorCopyEntity.<ContractorCopyEntity>findByIdOptional(contractorId)
                .orElseThrow(() -> ProblemException.ruleViolated("contractor-registered", null,
                        "お客様情報が保証会社に登録されていません。保証会社にお問い合わせください。"));
        OrdererDirectoryEntity orderer = OrdererDirectoryEntity.<OrdererDirectoryEntity>findByIdOptional(
                        request.work().ordererId())
                .orElseThrow(() -> ProblemException.invalid(List.of(
                        new Problem.FieldError("work.ordererId", "発注者一覧から発注者を選択してください。"))));
        SuretyBranchEntity branch = SuretyBranchEntity.<SuretyBranchEntity>findByIdOptional(
                        request.information().branchCode())
                .orElseThrow(() -> ProblemException.invalid(List.of(
                        new Problem.FieldError("information.branchCode", "申込送信先の支店を選択してください。"))));
        checkRules(request, orderer);

        Instant now = clock.instant();
        ApplicationEntity application = newApplication(contractor, orderer, branch, request, now);
        application.persist();
        outbox.publish(ApplicationEvents.TOPIC, ApplicationEvents.APPLICATION_SUBMITTED, application.id.toString(),
                ApplicationSubmittedEvent.of(application));
        return ApplicationView.of(application);
    }

    private static void checkRules(SubmitApplicationRequest request, OrdererDirectoryEntity orderer) {
        List<Problem.FieldError> errors = new ArrayList<>();
        SubmitApplicationRequest.Work work = request.work();
        if (work.periodTo().isBefore(work.periodFrom())) {
            errors.add(new Problem.FieldError("work.periodTo", "工期(至)は工期(自)以降の日付にしてください。"));
        }
        for (int i = 0; i < request.lines().size(); i++) {
            SubmitApplicationRequest.Line line = request.lines().get(i);
            String field = "lines[" + i + "].format";
            boolean advance = line.productType() == ProductType.ADVANCE_PAYMENT
                    || line.productType() == ProductType.INTERIM_ADVANCE_PAYMENT;
            if (advance && (line.depositBank() == null || line.depositBank().isBlank())) {
                errors.add(new Problem.FieldError("lines[" + i + "].depositBank", "預託金融機関を入力してください。"));
            }
            if (line.format() == CertificateFormat.ELECTRONIC) {
                ElectronicSuretyRule.violation(Optional.ofNullable(orderer.acceptsElectronicSuretyFrom),
                                work.contractDate(), work.electronicPermitted())
                        .ifPresent(reason -> errors.add(new Problem.FieldError(field, reason)));
            }
        }
        SubmitApplicationRequest.Information info = request.information();
        if (info.completionMailWanted() && (info.completionMailAddress() == null || info.completionMailAddress().isBlank())) {
            errors.add(new Problem.FieldError("information.completionMailAddress",
                    "電子保証発行完了のお知らせを希望する場合はメールアドレスを入力してください。"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static ApplicationEntity newApplication(ContractorCopyEntity contractor, OrdererDirectoryEntity orderer,
                                                    SuretyBranchEntity branch, SubmitApplicationRequest request,
                                                    Instant now) {
        SubmitApplicationRequest.Work work = request.work();
        SubmitApplicationRequest.Information info = request.information();
        ApplicationEntity a = new ApplicationEntity();
        a.id = UUID.randomUUID();
        a.contractorId = contractor.contractorId;
        a.contractorName = contractor.name;
        a.kind = "NEW";
        a.branchCode = branch.branchCode;
        a.workName = work.name();
        a.ordererWorkNumber = work.ordererWorkNumber();
        a.ordererId = orderer.ordererId;
        a.ordererName = orderer.name;
        a.workLocation = work.location();
        a.workType = work.workType().name();
        a.contractAmount = work.contractAmount();
        a.currentYearAmount = work.currentYearAmount();
        a.periodFrom = work.periodFrom();
        a.periodTo = work.periodTo();
        a.contractDate = work.contractDate();
        a.jvName = work.jointVentureName();
        a.jvRepresentative = work.jointVentureRepresentative();
        a.electronicPermitted = work.electronicPermitted();
        a.completionMailWanted = info.completionMailWanted();
        a.completionMailAddress = info.completionMailAddress();
        a.contactDepartment = info.contactDepartment();
        a.contactTitle = info.contactTitle();
        a.contactName = info.contactName();
        a.contactPhone = info.contactPhone();
        a.messageToSurety = info.messageToSurety();
        a.submittedAt = now;
        a.createdAt = now;
        for (int i = 0; i < request.lines().size(); i++) {
            a.lines.add(newLine(a, i, request.lines().get(i)));
        }
        return a;
    }

    private static ApplicationLineEntity newLine(ApplicationEntity application, int position,
                                                 SubmitApplicationRequest.Line line) {
        ApplicationLineEntity l = new ApplicationLineEntity();
        l.id = UUID.randomUUID();
        l.application = application;
        l.position = position;
        l.productType = line.productType().name();
        l.format = line.format().name();
        l.guaranteeAmount = line.guaranteeAmount();
        l.currentYearAmount = line.currentYearAmount();
        // full-width only (全角), but a half-width space between bank and branch is what people type: normalise it
        l.depositBank = line.depositBank() == null ? null : line.depositBank().strip().replace(' ', '\u3000');
        l.redeposit = line.redeposit();
        l.premiumPaymentMethod = line.premiumPaymentMethod();
        l.premiumPayer = line.premiumPayer();
        l.paperStatementWanted = line.paperStatementWanted();
        l.status = LineStatus.SUBMITTED;
        return l;
    }
}
