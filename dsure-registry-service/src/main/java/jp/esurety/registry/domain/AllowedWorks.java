package jp.esurety.registry.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which of an orderer's works allow electronic surety: all of them, or only the works the orderer marks as eligible
 * (e.g. 小美玉市「電子保証の利用を認めた工事・業務委託」). Together with the date from which the orderer accepts
 * electronic surety it decides whether a given work may use it.
 */
public enum AllowedWorks {
    /** Every work of the orderer from the accepts-from date. */
    ALL_WORKS("すべての工事・業務委託"),
    /** Only works the orderer marks as e-surety eligible. */
    MARKED_WORKS_ONLY("発注者が電子保証の利用を認めた工事・業務委託のみ");

    public static final String INVALID = "電子保証を利用できる工事の範囲を選んでください（ALL_WORKS または MARKED_WORKS_ONLY）。";

    private final String label;

    AllowedWorks(String label) {
        this.label = label;
    }

    /** How the portal and the directory say it, in Japanese. */
    public String label() {
        return label;
    }

    /** Parses the API/form value; blank gives the default {@link #MARKED_WORKS_ONLY}, anything else unknown is empty. */
    public static Optional<AllowedWorks> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(MARKED_WORKS_ONLY);
        }
        for (AllowedWorks w : values()) {
            if (w.name().equals(value.strip())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a work (contracted on {@code contractDate}, marked eligible or not by the orderer) may use electronic
     * surety: never before the accepts-from date nor when the orderer has none; then all works or only marked ones.
     */
    public boolean permits(LocalDate acceptsFrom, LocalDate contractDate, boolean markedEligible) {
        if (acceptsFrom == null || contractDate == null || contractDate.isBefore(acceptsFrom)) {
            return false;
        }
        return this == ALL_WORKS || markedEligible;
    }
}
