package jp.esurety.issuance.domain;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 保証契約番号, shown {@code NNNNN-NNNNNN}: the issuing office's 5-digit code and a 6-digit serial. Input is accepted
 * with or without the hyphen, in full- or half-width digits, and normalised.
 */
public record ContractNumber(String value) {

    private static final Pattern DISPLAY = Pattern.compile("[0-9]{5}-[0-9]{6}");
    private static final Pattern INPUT = Pattern.compile("([0-9]{5})-?([0-9]{6})");

    public ContractNumber {
        if (value == null || !DISPLAY.matcher(value).matches()) {
            throw new IllegalArgumentException("contract number must look like 00000-000000");
        }
    }

    public static ContractNumber of(String officeCode, long serial) {
        if (serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("serial out of range for office " + officeCode);
        }
        return new ContractNumber(officeCode + "-" + String.format("%06d", serial));
    }

    /** Normalises what a person typed (NFKC, trimmed, optional hyphen). */
    public static ContractNumber parse(String input) {
        String normalised = Normalizer.normalize(input == null ? "" : input, Normalizer.Form.NFKC).strip()
                .replace('ー', '-').replace('−', '-');
        Matcher m = INPUT.matcher(normalised);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a contract number");
        }
        return new ContractNumber(m.group(1) + "-" + m.group(2));
    }

    @Override
    public String toString() {
        return value;
    }
}
