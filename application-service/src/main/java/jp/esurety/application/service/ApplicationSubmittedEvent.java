package jp.esurety.application.service;

import jp.esurety.application.domain.ApplicationKind;
import jp.esurety.application.messaging.ApplicationEvents;
import jp.esurety.application.messaging.ApplicationEvents.ApplicationSubmitted;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.ApplicationLineEntity;

import java.util.List;

/** Builds the {@code ApplicationSubmitted} data from a stored application: the whole work, lines and mail wish. */
final class ApplicationSubmittedEvent {

    private ApplicationSubmittedEvent() {
    }

    static ApplicationSubmitted of(ApplicationEntity a, List<ApplicationLineEntity> lines, boolean resubmission) {
        ApplicationEvents.JointVenture jv = a.jvName == null || a.jvName.isBlank() ? null
                : new ApplicationEvents.JointVenture(a.jvName, Boolean.TRUE.equals(a.jvRepresentative));
        ApplicationEvents.Work work = new ApplicationEvents.Work(a.workName, a.ordererWorkNumber,
                new ApplicationEvents.Obligee(a.ordererId, a.ordererName), a.workLocation, a.workType,
                a.contractAmount, a.currentYearAmount, a.periodFrom, a.periodTo, a.contractDate, jv,
                a.electronicPermitted, a.lowBid, a.advancePaymentPlanned);
        ApplicationEvents.Contact contact = new ApplicationEvents.Contact(a.contactDepartment, a.contactTitle,
                a.contactName, a.contactPhone);
        ApplicationEvents.Bid bid = !ApplicationKind.BID_BOND.name().equals(a.kind) ? null
                : new ApplicationEvents.Bid(a.bidAnnouncementNumber, a.bidDate, a.plannedBidAmount);
        return new ApplicationSubmitted(a.id, a.kind, a.submittedAt,
                new ApplicationEvents.Contractor(a.contractorId, a.contractorName), a.branchCode, work,
                lines.stream().map(ApplicationSubmittedEvent::line).toList(),
                new ApplicationEvents.CompletionMail(a.completionMailWanted, a.completionMailAddress), contact,
                a.messageToSurety, bid, a.certificateReceipt, resubmission);
    }

    private static ApplicationEvents.Line line(ApplicationLineEntity l) {
        ApplicationEvents.InterimCertification certification =
                ApplicationForms.blank(l.interimCertificationNumber) || l.interimCertificationDate == null ? null
                : new ApplicationEvents.InterimCertification(l.interimCertificationNumber, l.interimCertificationDate);
        return new ApplicationEvents.Line(l.id, l.productType, l.format, l.guaranteeAmount, l.currentYearAmount,
                l.depositBank, l.redeposit, l.premiumPaymentMethod, l.premiumPayer, l.paperStatementWanted,
                certification, l.bidBondContractNumber);
    }
}
