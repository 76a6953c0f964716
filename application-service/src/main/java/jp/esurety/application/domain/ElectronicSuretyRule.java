package jp.esurety.application.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Rule 7 (ご利用条件): an electronic line needs an orderer that accepts e-surety on the contract date and a work
 * the orderer allows (recorded as the contractor's confirmation {@code electronicPermitted}).
 */
public final class ElectronicSuretyRule {

    private ElectronicSuretyRule() {
    }

    /** The reason an electronic line is not allowed, in Japanese, or empty when it is. */
    public static Optional<String> violation(Optional<LocalDate> ordererAcceptsFrom, LocalDate contractDate,
                                             boolean electronicPermitted) {
        if (ordererAcceptsFrom.isEmpty()) {
            return Optional.of("この発注者は電子保証に対応していません。証書(紙)を選択してください。");
        }
        if (contractDate.isBefore(ordererAcceptsFrom.get())) {
            return Optional.of("この発注者の電子保証の受付は" + ordererAcceptsFrom.get() + "からです。");
        }
        if (!electronicPermitted) {
            return Optional.of("発注者が電子保証の利用を認めた工事であることを確認してください。");
        }
        return Optional.empty();
    }
}
