package jp.esurety.registry.domain;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an orderer types on the lookup screen, normalised: NFKC (full-width → half-width) and trimmed; the contract
 * number with or without its hyphen ({@code 10101-000001} or {@code 10101000001}); the key case-sensitive.
 */
public record LookupInput(String contractNumber, String authenticationKey) {

    private static final Pattern CONTRACT_NUMBER = Pattern.compile("([0-9]{5})-?([0-9]{6})");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{12}");

    /** Empty when either part cannot be a valid input (answered like a wrong key: no hint which part failed). */
    public static Optional<LookupInput> normalise(String contractNumber, String authenticationKey) {
        String number = nfkc(contractNumber).replace('ー', '-').replace('−', '-');
        String key = nfkc(authenticationKey);
        Matcher m = CONTRACT_NUMBER.matcher(number);
        if (!m.matches() || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return Optional.of(new LookupInput(m.group(1) + "-" + m.group(2), key));
    }

    /** The contract number alone, normalised, when it is well-formed (lockouts count per contract). */
    public static Optional<String> contractNumberOf(String contractNumber) {
        Matcher m = CONTRACT_NUMBER.matcher(nfkc(contractNumber).replace('ー', '-').replace('−', '-'));
        return m.matches() ? Optional.of(m.group(1) + "-" + m.group(2)) : Optional.empty();
    }

    /**
     * What the lookup form shows from {@code ?contractNumber=…} (the key notice's QR code): the number normalised
     * when well-formed, otherwise nothing (anything else in the address is not echoed back).
     */
    public static String prefill(String contractNumber) {
        return contractNumberOf(contractNumber).orElse("");
    }

    private static String nfkc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    @Override
    public String toString() {
        return "LookupInput[" + contractNumber + ", key=****]";
    }
}
