package jp.esurety.issuance.domain;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * 認証キー: 12 characters of upper/lower-case letters and digits without the look-alikes 0 O 1 l I,
 * case-sensitive — the orderer's password for one guarantee contract. {@link #toString()} never shows it.
 */
public final class AuthenticationKey {

    /** 24 upper-case (no I, O) + 25 lower-case (no l) + 8 digits (no 0, 1) = 57 symbols, ≈ 70 bits in 12. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    public static final int LENGTH = 12;

    private final String value;

    private AuthenticationKey(String value) {
        this.value = value;
    }

    public static AuthenticationKey generate(SecureRandom random) {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new AuthenticationKey(new String(chars));
    }

    /** A stored key, checked against the alphabet. */
    public static AuthenticationKey of(String value) {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not an authentication key");
        }
        return new AuthenticationKey(value);
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.length() == LENGTH && value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The key itself: only for encrypting, sealing and showing it to its contractor. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthenticationKey other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "AuthenticationKey[************]";
    }
}
