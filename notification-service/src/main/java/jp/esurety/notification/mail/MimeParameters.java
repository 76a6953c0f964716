package jp.esurety.notification.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * MIME header parameters whose values may be Japanese, encoded as RFC 2231 says: percent-encoded UTF-8
 * ({@code filename*=UTF-8''%E8%AA%8D…}), split into numbered continuations ({@code filename*0*=…; filename*1*=…}) so
 * that no header line grows past the 78 characters RFC 5322 recommends. Lines are folded with {@code "\n "}, as the
 * mail client folds its own headers.
 */
public final class MimeParameters {

    /**
     * Longest encoded section of one continuation, so that {@code " filename*0*=UTF-8''" + section + ";"} fits in 78
     * characters (six Japanese characters, nine characters each when encoded).
     */
    static final int SECTION = 54;

    private MimeParameters() {
    }

    /** {@code attachment; filename*…} for a file of this name. */
    public static String attachmentDisposition(String filename) {
        return "attachment;" + parameter("filename", filename);
    }

    /** {@code <mimeType>; name*…}: the legacy name parameter that some readers still look at. */
    public static String contentType(String mimeType, String filename) {
        return mimeType + ";" + parameter("name", filename);
    }

    /**
     * One parameter, each section on its own folded line: {@code "\n name=\"plain.pdf\""} when the value is plain
     * ASCII, else {@code "\n name*0*=UTF-8''…;\n name*1*=…"} (a single {@code name*=UTF-8''…} when it fits).
     */
    static String parameter(String name, String value) {
        if (isPlain(value)) {
            return "\n " + name + "=\"" + value + "\"";
        }
        List<String> sections = sections(value);
        if (sections.size() == 1) {
            return "\n " + name + "*=UTF-8''" + sections.getFirst();
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < sections.size(); i++) {
            header.append(i == 0 ? "" : ";").append("\n ").append(name).append('*').append(i).append("*=")
                    .append(i == 0 ? "UTF-8''" : "").append(sections.get(i));
        }
        return header.toString();
    }

    /** Percent-encoded sections, each ending on a character boundary (never inside one character's bytes). */
    private static List<String> sections(String value) {
        List<String> sections = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        value.codePoints().forEach(cp -> {
            String encoded = encode(cp);
            if (section.length() + encoded.length() > SECTION) {
                sections.add(section.toString());
                section.setLength(0);
            }
            section.append(encoded);
        });
        if (!section.isEmpty()) {
            sections.add(section.toString());
        }
        return sections;
    }

    private static String encode(int codePoint) {
        if (codePoint < 0x80 && isAttributeChar((char) codePoint)) {
            return String.valueOf((char) codePoint);
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
            encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
        return encoded.toString();
    }

    /** RFC 2231 attribute-char: a token character other than {@code * ' %}. */
    private static boolean isAttributeChar(char c) {
        return c > ' ' && c < 0x7F && "()<>@,;:\\\"/[]?=*'%".indexOf(c) < 0;
    }

    private static boolean isPlain(String value) {
        return value.length() <= SECTION && value.chars().allMatch(c -> c >= ' ' && c < 0x7F && c != '"' && c != '\\');
    }
}
