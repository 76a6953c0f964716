package jp.esurety.application.domain;

import java.text.Normalizer;
import java.util.Optional;

/** 保証契約番号 as typed (with or without the hyphen, full-width digits) → {@code NNNNN-NNNNNN}. */
public final class ContractNumbers {

    private ContractNumbers() {
    }

    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = Normalizer.normalize(input, Normalizer.Form.NFKC).strip().replace("-", "");
        if (!digits.matches("[0-9]{11}")) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 5) + "-" + digits.substring(5));
    }
}
