package jp.esurety.application.api;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a download (RFC 6266): the file name as UTF-8 in {@code filename*}
 * (RFC 5987), and an ASCII stand-in in {@code filename} for clients that know only that one.
 */
final class ContentDisposition {

    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";
    private static final String HEX = "0123456789ABCDEF";

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiStandIn(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** Printable ASCII only, without the characters a quoted string or a naive parser would trip over. */
    private static String asciiStandIn(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return ascii.toString();
    }

    private static String percentEncoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return encoded.toString();
    }
}
