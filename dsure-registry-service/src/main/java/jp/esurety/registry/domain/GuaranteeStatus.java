package jp.esurety.registry.domain;

import java.time.LocalDate;

/** The banner over a certificate: in force, cancelled (解約) or past its 保証期限 (保証期限経過). */
public enum GuaranteeStatus {
    IN_FORCE(""),
    CANCELLED("この保証契約は解約されています。"),
    EXPIRED("この保証契約は保証期限を経過しています。");

    private final String banner;

    GuaranteeStatus(String banner) {
        this.banner = banner;
    }

    public String banner() {
        return banner;
    }

    /**
     * Cancellation wins over expiry; a guarantee is past its term from the day after its 保証期限 (Tokyo date), or
     * once issuance reports it expired.
     */
    public static GuaranteeStatus of(boolean cancelled, boolean expiredReported, LocalDate guaranteeEnd, LocalDate today) {
        if (cancelled) {
            return CANCELLED;
        }
        if (expiredReported || (guaranteeEnd != null && today.isAfter(guaranteeEnd))) {
            return EXPIRED;
        }
        return IN_FORCE;
    }
}
