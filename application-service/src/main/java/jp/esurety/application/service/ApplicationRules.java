package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jp.esurety.application.api.SubmitApplicationRequest;
import jp.esurety.application.config.ApplicationLimitsConfig;
import jp.esurety.application.domain.ApplicationKind;
import jp.esurety.application.domain.CertificateFormat;
import jp.esurety.application.domain.ContractNumbers;
import jp.esurety.application.domain.ElectronicSuretyRule;
import jp.esurety.application.domain.FieldViolation;
import jp.esurety.application.domain.GuaranteeAmountRule;
import jp.esurety.application.domain.GuaranteeLine;
import jp.esurety.application.domain.LineStatus;
import jp.esurety.application.domain.ProductLinesRule;
import jp.esurety.application.domain.ProductType;
import jp.esurety.application.persistence.AdvisoryLocks;
import jp.esurety.application.persistence.ApplicationLineEntity;
import jp.esurety.application.persistence.OrdererDirectoryEntity;
import jp.esurety.application.persistence.SuretyBranchEntity;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a submission must satisfy, checked at once so the screen can show every field message: completeness
 * (Bean Validation group {@code Complete}), rules 1, 2, 4, 5 and 6 and the references to the directories.
 */
@ApplicationScoped
class ApplicationRules {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Set<LineStatus> APPROVED_OR_LATER = EnumSet.of(LineStatus.APPROVED, LineStatus.ISSUED,
            LineStatus.REGISTERED);
    /** Stands for "no saved application yet" in the query for conversions elsewhere. */
    private static final UUID NO_APPLICATION = new UUID(0, 0);
    private static final String BID_BOND_LOCK = "application-bid-bond-conversion";

    private final Validator validator;
    private final ApplicationLimitsConfig limits;
    private final Clock clock;

    ApplicationRules(Validator validator, ApplicationLimitsConfig limits, Clock clock) {
        this.validator = validator;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Throws a 400 problem listing every field that keeps the form from being submitted by {@code contractorId};
     * {@code applicationId} is the saved application being (re)submitted, null for a new one.
     */
    void checkSubmittable(String contractorId, UUID applicationId, SubmitApplicationRequest form) {
        Set<ConstraintViolation<SubmitApplicationRequest>> incomplete =
                validator.validate(form, Default.class, SubmitApplicationRequest.Complete.class);
        if (!incomplete.isEmpty()) {
            throw new ConstraintViolationException(incomplete);
        }
        List<FieldViolation> errors = new ArrayList<>();
        ApplicationKind kind = form.kindOrDefault();
        SubmitApplicationRequest.Work work = form.work();
        boolean anyElectronic = form.lines().stream().anyMatch(l -> l.format() == CertificateFormat.ELECTRONIC);
        Optional<OrdererDirectoryEntity> orderer = orderer(work, anyElectronic, errors);
        if (SuretyBranchEntity.findByIdOptional(form.information().branchCode()).isEmpty()) {
            errors.add(new FieldViolation("information.branchCode", "申込送信先の支店を選択してください。"));
        }
        if (kind == ApplicationKind.AMENDMENT) {
            errors.add(new FieldViolation("kind", "変更申込は保証契約番号を指定して変更申込から申し込んでください。"));
        }
        Long contractAmount = work.contractAmount();
        LocalDate electronicDate = work.contractDate();
        if (kind == ApplicationKind.BID_BOND) {
            SubmitApplicationRequest.Bid bid = form.bid();
            if (bid == null || ApplicationForms.blank(bid.announcementNumber())) {
                errors.add(new FieldViolation("bid.announcementNumber", "公告番号を入力してください。"));
            }
            if (bid == null || bid.bidDate() == null) {
                errors.add(new FieldViolation("bid.bidDate", "入札日を入力してください。"));
            }
            if (bid == null || bid.plannedBidAmount() == null) {
                errors.add(new FieldViolation("bid.plannedBidAmount", "入札予定金額を入力してください。"));
            }
            contractAmount = contractAmount != null ? contractAmount : bid == null ? null : bid.plannedBidAmount();
            electronicDate = LocalDate.now(clock.withZone(TOKYO)); // rule 1: a bid bond's orderer accepts e-surety today
        } else {
            if (contractAmount == null) {
                errors.add(new FieldViolation("work.contractAmount", "請負金額を入力してください。"));
            }
            if (work.contractDate() == null) {
                errors.add(new FieldViolation("work.contractDate", "請負契約日を入力してください。"));
            }
        }
        if (work.periodTo().isBefore(work.periodFrom())) {
            errors.add(new FieldViolation("work.periodTo", "工期(至)は工期(自)以降の日付にしてください。"));
        }
        boolean anyPaper = false;
        for (int i = 0; i < form.lines().size(); i++) {
            SubmitApplicationRequest.Line line = form.lines().get(i);
            anyPaper |= line.format() == CertificateFormat.PAPER;
            lineFields(i, line, errors);
            bidBondConversion(i, line, contractorId, applicationId, work, errors);
            if (line.format() == CertificateFormat.ELECTRONIC) {
                electronic(i, work, orderer, electronicDate, errors);
            }
        }
        SubmitApplicationRequest.Information info = form.information();
        if (anyPaper && info.certificateReceipt() == null) {
            errors.add(new FieldViolation("information.certificateReceipt", "保証証書の受取方法(窓口・郵送)を選択してください。"));
        }
        if (info.completionMailWanted() && ApplicationForms.blank(info.completionMailAddress())) {
            errors.add(new FieldViolation("information.completionMailAddress",
                    "電子保証発行完了のお知らせを希望する場合はメールアドレスを入力してください。"));
        }
        errors.addAll(ProductLinesRule.violations(kind, form.lines().stream().map(SubmitApplicationRequest.Line::productType)
                .toList(), Boolean.TRUE.equals(work.advancePaymentPlanned())));
        if (contractAmount != null) {
            errors.addAll(GuaranteeAmountRule.violations(work.workType(), contractAmount, work.currentYearAmount(),
                    Boolean.TRUE.equals(work.lowBid()), form.lines().stream().map(ApplicationRules::guaranteeLine).toList(),
                    limits.forOrderer(orderer.map(o -> o.ordererId).orElse(null))));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream()
                    .map(e -> new Problem.FieldError(e.field(), e.message())).toList());
        }
    }

    /**
     * 発注者: picked from the directory by id, or — when every line is paper — typed as free text (rule 1: an
     * electronic line needs an orderer that accepts e-surety, which only the directory knows).
     */
    private static Optional<OrdererDirectoryEntity> orderer(SubmitApplicationRequest.Work work, boolean anyElectronic,
                                                            List<FieldViolation> errors) {
        if (ApplicationForms.blank(work.ordererId())) {
            if (ApplicationForms.blank(work.ordererName())) {
                errors.add(new FieldViolation("work.ordererId", "発注者を選択してください。"));
            } else if (anyElectronic) {
                errors.add(new FieldViolation("work.ordererId",
                        "電子保証を申し込む場合は発注者一覧から発注者を選択してください(発注者名の自由入力は証書(紙)のみの申込に限ります)。"));
            }
            return Optional.empty();
        }
        Optional<OrdererDirectoryEntity> found = OrdererDirectoryEntity.findByIdOptional(work.ordererId().strip());
        if (found.isEmpty()) {
            errors.add(new FieldViolation("work.ordererId", "発注者一覧から発注者を選択してください。"));
        }
        return found;
    }

    /**
     * 契約保証予約からの切替: a contract guarantee may name the contractor's own approved bid bond (契約保証予約) of the
     * same orderer, not yet converted by another application. The surety (issuance) decides on the conversion itself.
     */
    private static void bidBondConversion(int i, SubmitApplicationRequest.Line line, String contractorId,
                                          UUID applicationId, SubmitApplicationRequest.Work work,
                                          List<FieldViolation> errors) {
        if (ApplicationForms.blank(line.bidBondContractNumber())) {
            return;
        }
        String field = "lines[" + i + "].bidBondContractNumber";
        if (line.productType() != ProductType.CONTRACT) {
            errors.add(new FieldViolation(field, "契約保証予約からの切替は契約保証の申込でのみ指定できます。"));
            return;
        }
        Optional<String> number = ContractNumbers.normalise(line.bidBondContractNumber());
        if (number.isEmpty()) {
            errors.add(new FieldViolation(field, "契約保証予約の保証契約番号は「10101-000001」の形式で入力してください。"));
            return;
        }
        Optional<ApplicationLineEntity> bidBond = ApplicationLineEntity.findBidBond(contractorId, number.get())
                .filter(l -> APPROVED_OR_LATER.contains(l.status));
        if (bidBond.isEmpty()) {
            errors.add(new FieldViolation(field, "お客様の承認済みの契約保証予約の保証契約番号を入力してください。"));
            return;
        }
        String bidBondOrderer = bidBond.get().application.ordererId;
        if (bidBondOrderer != null && !ApplicationForms.blank(work.ordererId())
                && !bidBondOrderer.equals(work.ordererId().strip())) {
            errors.add(new FieldViolation(field, "契約保証予約と発注者が異なります。同じ入札の契約保証予約を指定してください。"));
            return;
        }
        AdvisoryLocks.lock(BID_BOND_LOCK, number.get()); // two applications converting it at once take turns
        if (ApplicationLineEntity.conversionElsewhere(contractorId, number.get(),
                applicationId == null ? NO_APPLICATION : applicationId)) {
            errors.add(new FieldViolation(field, "この契約保証予約はすでに別の申込で契約保証への切替を申し込んでいます。"));
        }
    }

    /** Rule 1: electronic only with a directory orderer that accepts e-surety on the date and allows this work. */
    private static void electronic(int i, SubmitApplicationRequest.Work work, Optional<OrdererDirectoryEntity> orderer,
                                   LocalDate date, List<FieldViolation> errors) {
        String field = "lines[" + i + "].format";
        if (orderer.isEmpty()) {
            if (ApplicationForms.blank(work.ordererId())) {
                errors.add(new FieldViolation(field, "電子保証は発注者一覧から発注者を選択した場合のみ申し込めます。"));
            }
            return;
        }
        if (date != null) {
            ElectronicSuretyRule.violation(Optional.ofNullable(orderer.get().acceptsElectronicSuretyFrom),
                    Optional.ofNullable(orderer.get().allowedWorks), date, work.electronicPermitted()).ifPresent(reason -> errors.add(new FieldViolation(field, reason)));
        }
    }

    /** Rule 6 and the screen's 必須 marks: what each product needs besides its amount. */
    private static void lineFields(int i, SubmitApplicationRequest.Line line, List<FieldViolation> errors) {
        String prefix = "lines[" + i + "].";
        ProductType product = line.productType();
        boolean advance = product == ProductType.ADVANCE_PAYMENT || product == ProductType.INTERIM_ADVANCE_PAYMENT;
        if (advance && ApplicationForms.blank(line.depositBank())) {
            errors.add(new FieldViolation(prefix + "depositBank", "預託金融機関を入力してください。"));
        }
        if (advance && line.redeposit() == null) {
            errors.add(new FieldViolation(prefix + "redeposit", "再預託利用区分を選択してください。"));
        }
        if (product == ProductType.BID_BOND) {
            return;
        }
        if (ApplicationForms.blank(line.premiumPaymentMethod())) {
            errors.add(new FieldViolation(prefix + "premiumPaymentMethod", "保証料支払方法を選択してください。"));
        }
        if (ApplicationForms.blank(line.premiumPayer())) {
            errors.add(new FieldViolation(prefix + "premiumPayer", "保証料請求先を入力してください。"));
        }
        if (line.paperStatementWanted() == null) {
            errors.add(new FieldViolation(prefix + "paperStatementWanted", "保証料計算書(紙)の希望を選択してください。"));
        }
    }

    private static GuaranteeLine guaranteeLine(SubmitApplicationRequest.Line line) {
        return new GuaranteeLine(line.productType(), line.guaranteeAmount(), line.currentYearAmount(),
                !ApplicationForms.blank(line.interimCertificationNumber()) && line.interimCertificationDate() != null);
    }
}
