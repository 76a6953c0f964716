package jp.esurety.application.service;

import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.ApplicationLineEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the contractor sees of an application: the work and each line's 手続状況 and 保証契約番号. */
public record ApplicationView(UUID id, String kind, String workName, String ordererName, long contractAmount,
                              LocalDate periodFrom, LocalDate periodTo, String branchCode, Instant submittedAt,
                              List<LineView> lines) {

    public record LineView(UUID id, String productType, String format, long guaranteeAmount, String status,
                           String statusLabel, String contractNumber, Instant issuedAt, Instant registeredAt) {
    }

    public static ApplicationView of(ApplicationEntity a) {
        return new ApplicationView(a.id, a.kind, a.workName, a.ordererName, a.contractAmount, a.periodFrom,
                a.periodTo, a.branchCode, a.submittedAt, a.lines.stream().map(ApplicationView::line).toList());
    }

    private static LineView line(ApplicationLineEntity l) {
        return new LineView(l.id, l.productType, l.format, l.guaranteeAmount, l.status.name(), l.status.label(),
                l.contractNumber, l.issuedAt, l.registeredAt);
    }
}
