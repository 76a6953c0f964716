package jp.esurety.application.service;

import jp.esurety.application.api.SubmitApplicationRequest;
import jp.esurety.application.domain.ApplicationKind;
import jp.esurety.application.domain.CertificateFormat;
import jp.esurety.application.domain.CertificateReceipt;
import jp.esurety.application.domain.ContractNumbers;
import jp.esurety.application.domain.LineStatus;
import jp.esurety.application.domain.ProductType;
import jp.esurety.application.domain.WorkType;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.ApplicationLineEntity;
import jp.esurety.application.persistence.OrdererDirectoryEntity;
import jp.esurety.platform.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/**
 * Copies the application form into the stored application and back. A section given as null is cleared
 * ("…をクリア"); lines are matched by position so a line keeps its id (and issuance's case) across a resubmission.
 */
final class ApplicationForms {

    private ApplicationForms() {
    }

    static void apply(SubmitApplicationRequest form, ApplicationEntity a) {
        a.kind = form.kindOrDefault().name();
        applyWork(form.work(), a);
        SubmitApplicationRequest.Bid bid = form.bid();
        a.bidAnnouncementNumber = bid == null ? null : bid.announcementNumber();
        a.bidDate = bid == null ? null : bid.bidDate();
        a.plannedBidAmount = bid == null ? null : bid.plannedBidAmount();
        applyInformation(form.information(), a);
        applyLines(form.lines() == null ? List.of() : form.lines(), a);
    }

    private static void applyWork(SubmitApplicationRequest.Work work, ApplicationEntity a) {
        boolean none = work == null;
        a.workName = none ? null : work.name();
        a.ordererWorkNumber = none ? null : work.ordererWorkNumber();
        a.ordererId = none || blank(work.ordererId()) ? null : work.ordererId().strip();
        if (a.ordererId != null) {
            a.ordererName = OrdererDirectoryEntity.<OrdererDirectoryEntity>findByIdOptional(a.ordererId)
                    .map(o -> o.name).orElse(null);
            a.ordererFreeText = false;
        } else {
            a.ordererName = none || blank(work.ordererName()) ? null : work.ordererName().strip();
            a.ordererFreeText = a.ordererName != null;
        }
        a.workLocation = none ? null : work.location();
        a.workType = none || work.workType() == null ? null : work.workType().name();
        a.contractAmount = none ? null : work.contractAmount();
        a.currentYearAmount = none ? null : work.currentYearAmount();
        a.periodFrom = none ? null : work.periodFrom();
        a.periodTo = none ? null : work.periodTo();
        a.contractDate = none ? null : work.contractDate();
        a.jvName = none ? null : work.jointVentureName();
        a.jvRepresentative = none ? null : work.jointVentureRepresentative();
        a.electronicPermitted = !none && work.electronicPermitted();
        a.lowBid = none ? null : work.lowBid();
        a.advancePaymentPlanned = none ? null : work.advancePaymentPlanned();
    }

    private static void applyInformation(SubmitApplicationRequest.Information info, ApplicationEntity a) {
        boolean none = info == null;
        a.branchCode = none ? null : info.branchCode();
        a.certificateReceipt = none || info.certificateReceipt() == null ? null : info.certificateReceipt().name();
        a.completionMailWanted = !none && info.completionMailWanted();
        a.completionMailAddress = none ? null : info.completionMailAddress();
        a.contactDepartment = none ? null : info.contactDepartment();
        a.contactTitle = none ? null : info.contactTitle();
        a.contactName = none ? null : info.contactName();
        a.contactPhone = none ? null : info.contactPhone();
        a.messageToSurety = none ? null : info.messageToSurety();
    }

    private static void applyLines(List<SubmitApplicationRequest.Line> lines, ApplicationEntity a) {
        for (int i = 0; i < lines.size(); i++) {
            ApplicationLineEntity line;
            if (i < a.lines.size()) {
                line = a.lines.get(i);
            } else {
                line = new ApplicationLineEntity();
                line.id = UUID.randomUUID();
                line.application = a;
                line.position = i;
                line.status = LineStatus.DRAFT;
                a.lines.add(line);
            }
            applyLine(lines.get(i), line);
        }
        while (a.lines.size() > lines.size()) {
            ApplicationLineEntity extra = a.lines.getLast();
            if (extra.status != LineStatus.DRAFT) {
                throw ProblemException.conflict("差戻しを受けた保証の申込内容は削除できません。不要な場合は申込を取下げてください。");
            }
            a.lines.removeLast();
        }
    }

    private static void applyLine(SubmitApplicationRequest.Line form, ApplicationLineEntity l) {
        l.productType = form.productType() == null ? null : form.productType().name();
        l.format = form.format() == null ? null : form.format().name();
        l.guaranteeAmount = form.guaranteeAmount();
        l.currentYearAmount = form.currentYearAmount();
        // full-width only (全角), but a half-width space between bank and branch is what people type: normalise it
        l.depositBank = blank(form.depositBank()) ? null : form.depositBank().strip().replace(' ', '\u3000');
        l.redeposit = form.redeposit();
        l.premiumPaymentMethod = form.premiumPaymentMethod();
        l.premiumPayer = form.premiumPayer();
        l.paperStatementWanted = form.paperStatementWanted();
        l.interimCertificationNumber = form.interimCertificationNumber();
        l.interimCertificationDate = form.interimCertificationDate();
        // 契約保証予約からの切替: kept as 保証契約番号 (NNNNN-NNNNNN) when it reads as one, else as typed for the message
        l.bidBondContractNumber = blank(form.bidBondContractNumber()) ? null
                : ContractNumbers.normalise(form.bidBondContractNumber()).orElse(form.bidBondContractNumber().strip());
    }

    static SubmitApplicationRequest toForm(ApplicationEntity a) {
        SubmitApplicationRequest.Work work = new SubmitApplicationRequest.Work(a.workName, a.ordererWorkNumber,
                a.ordererId, a.ordererName, a.workLocation, a.workType == null ? null : WorkType.valueOf(a.workType),
                a.contractAmount, a.currentYearAmount, a.periodFrom, a.periodTo, a.contractDate, a.jvName,
                a.jvRepresentative, a.electronicPermitted, a.lowBid, a.advancePaymentPlanned);
        SubmitApplicationRequest.Bid bid = a.bidAnnouncementNumber == null && a.bidDate == null
                && a.plannedBidAmount == null ? null
                : new SubmitApplicationRequest.Bid(a.bidAnnouncementNumber, a.bidDate, a.plannedBidAmount);
        SubmitApplicationRequest.Information info = new SubmitApplicationRequest.Information(a.branchCode,
                a.certificateReceipt == null ? null : CertificateReceipt.valueOf(a.certificateReceipt),
                a.completionMailWanted, a.completionMailAddress, a.contactDepartment, a.contactTitle, a.contactName,
                a.contactPhone, a.messageToSurety);
        List<SubmitApplicationRequest.Line> lines = a.lines.stream().map(l -> new SubmitApplicationRequest.Line(
                l.productType == null ? null : ProductType.valueOf(l.productType),
                l.format == null ? null : CertificateFormat.valueOf(l.format), l.guaranteeAmount,
                l.currentYearAmount, l.depositBank, l.redeposit, l.premiumPaymentMethod, l.premiumPayer,
                l.paperStatementWanted, l.interimCertificationNumber, l.interimCertificationDate,
                l.bidBondContractNumber)).toList();
        ApplicationKind kind = ApplicationKind.valueOf(a.kind);
        return new SubmitApplicationRequest(kind, work, bid, lines, info);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
