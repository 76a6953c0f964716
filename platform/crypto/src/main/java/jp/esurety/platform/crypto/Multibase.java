package jp.esurety.platform.crypto;

import java.util.Arrays;

/**
 * Multibase text in its base58btc form: the prefix {@code z} followed by Bitcoin's base58 alphabet, as used for
 * {@code proofValue} and {@code publicKeyMultibase} in W3C Data Integrity and Controlled Identifiers.
 */
public final class Multibase {

    /** The multibase prefix of base58btc. */
    public static final char BASE58BTC_PREFIX = 'z';

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int[] DIGITS = new int[128];

    static {
        Arrays.fill(DIGITS, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            DIGITS[ALPHABET.charAt(i)] = i;
        }
    }

    private Multibase() {
    }

    /** {@code z} + base58btc of {@code bytes}; each leading zero byte becomes a {@code 1}. */
    public static String encodeBase58Btc(byte[] bytes) {
        int zeros = leadingZeros(bytes);
        byte[] number = Arrays.copyOf(bytes, bytes.length);
        char[] digits = new char[bytes.length * 2];
        int out = digits.length;
        for (int start = zeros; start < number.length; ) {
            digits[--out] = ALPHABET.charAt(divide(number, start, 256, 58));
            while (start < number.length && number[start] == 0) {
                start++;
            }
        }
        return BASE58BTC_PREFIX + "1".repeat(zeros) + new String(digits, out, digits.length - out);
    }

    /**
     * The bytes of a base58btc multibase text.
     *
     * @throws IllegalArgumentException if the prefix is not {@code z} or a character is outside the alphabet
     */
    public static byte[] decodeBase58Btc(String multibase) {
        if (multibase == null || multibase.isEmpty() || multibase.charAt(0) != BASE58BTC_PREFIX) {
            throw new IllegalArgumentException("not base58btc multibase (prefix 'z')");
        }
        byte[] number = new byte[multibase.length() - 1];
        for (int i = 1; i < multibase.length(); i++) {
            char c = multibase.charAt(i);
            int digit = c < DIGITS.length ? DIGITS[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("not a base58btc character at index " + i);
            }
            number[i - 1] = (byte) digit;
        }
        int zeros = leadingZeros(number);
        byte[] decoded = new byte[number.length];
        int out = decoded.length;
        for (int start = zeros; start < number.length; ) {
            decoded[--out] = (byte) divide(number, start, 58, 256);
            while (start < number.length && number[start] == 0) {
                start++;
            }
        }
        // Each leading '1' stands for one zero byte in front of the value.
        byte[] result = new byte[zeros + decoded.length - out];
        System.arraycopy(decoded, out, result, zeros, decoded.length - out);
        return result;
    }

    private static int leadingZeros(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        return zeros;
    }

    /** Divides the big-endian number in {@code digits[start..]} (base {@code from}) by {@code by} in place. */
    private static int divide(byte[] digits, int start, int from, int by) {
        int remainder = 0;
        for (int i = start; i < digits.length; i++) {
            int value = remainder * from + (digits[i] & 0xff);
            digits[i] = (byte) (value / by);
            remainder = value % by;
        }
        return remainder;
    }
}
