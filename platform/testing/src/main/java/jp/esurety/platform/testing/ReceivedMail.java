package jp.esurety.platform.testing;

import java.util.List;

/**
 * A mail as a recipient's inbox holds it, decoded for assertions.
 *
 * @param subject     the decoded subject (MIME encoded-words in UTF-8 or ISO-2022-JP)
 * @param from        the sender's address, e.g. {@code noreply@esurety.example.jp}
 * @param fromName    the sender's decoded display name, empty when none
 * @param to          the addresses in {@code To}
 * @param text        the first {@code text/plain} body, decoded; empty when none
 * @param html        the first {@code text/html} body, decoded; empty when none
 * @param attachments the parts with a file name or {@code Content-Disposition: attachment}, in order
 */
public record ReceivedMail(String subject, String from, String fromName, List<String> to, String text, String html,
                           List<Attachment> attachments) {

    /**
     * An attached file.
     *
     * @param filename    the decoded file name, empty when none
     * @param contentType the MIME type without parameters, e.g. {@code application/pdf}
     * @param content     the decoded bytes
     */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
