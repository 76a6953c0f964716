package jp.esurety.application.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Rule 7 (ご利用条件): an electronic line needs an orderer that accepts e-surety on the contract date and a work
 * the orderer allows: every work when the orderer's directory rule is {@code ALL_WORKS}, otherwise
 * ({@code MARKED_WORKS_ONLY}, also when unknown) only works it marked, recorded as the contractor's confirmation
 * {@code electronicPermitted}.
 */
public final class ElectronicSuretyRule {

    private ElectronicSuretyRule() {
    }

    /** The orderer's rule value that allows electronic surety for every work (registry's {@code allowedWorks}). */
    public static final String ALL_WORKS = "ALL_WORKS";

    /** The reason an electronic line is not allowed, in Japanese, or empty when it is. */
    public static Optional<String> violation(Optional<LocalDate> ordererAcceptsFrom, LocalDate contractDate,
                                             boolean electronicPermitted) {
        return violation(ordererAcceptsFrom, Optional.empty(), contractDate, electronicPermitted);
    }

    /** As {@link #violation(Optional, LocalDate, boolean)}, with the orderer's allowed-works rule. */
    public static Optional<String> violation(Optional<LocalDate> ordererAcceptsFrom, Optional<String> allowedWorks,
                                             LocalDate contractDate, boolean electronicPermitted) {
        if (ordererAcceptsFrom.isEmpty()) {
            return Optional.of("この発注者は電子保証に対応していません。証書(紙)を選択してください。");
        }
        if (contractDate.isBefore(ordererAcceptsFrom.get())) {
            return Optional.of("この発注者の電子保証の受付は" + ordererAcceptsFrom.get() + "からです。");
        }
        if (!electronicPermitted && !allowedWorks.filter(ALL_WORKS::equals).isPresent()) {
            return Optional.of("発注者が電子保証の利用を認めた工事であることを確認してください。");
        }
        return Optional.empty();
    }
}
