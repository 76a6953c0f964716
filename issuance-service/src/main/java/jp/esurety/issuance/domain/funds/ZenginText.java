package jp.esurety.issuance.domain.funds;

import java.util.regex.Pattern;

/**
 * The characters a Zengin (全銀協) fixed-length record may carry in its name fields: digits, upper-case Latin letters,
 * half-width katakana ｦｱ–ﾝ with ﾞ and ﾟ, space and {@code ( ) - . / , \ ｢ ｣}. Small kana (ｧｨｩｪｫｬｭｮｯ) and the
 * long vowel mark ｰ are not in the set (banks write ﾔ, ﾕ, ﾖ… and {@code -}). Each of these is one byte in MS932.
 */
public final class ZenginText {

    private static final Pattern ALLOWED = Pattern.compile("[0-9A-Z\\uFF66\\uFF71-\\uFF9F ()\\-./,\\\\\\uFF62\\uFF63]*");

    private ZenginText() {
    }

    /** True when {@code text} is non-blank, uses only the Zengin character set and fits in {@code maxLength} bytes. */
    public static boolean isValid(String text, int maxLength) {
        return text != null && !text.isBlank() && text.length() <= maxLength && ALLOWED.matcher(text).matches();
    }

    /** True when {@code text} uses only the Zengin character set (blank allowed). */
    public static boolean isZenginCharacters(String text) {
        return text == null || ALLOWED.matcher(text).matches();
    }
}
