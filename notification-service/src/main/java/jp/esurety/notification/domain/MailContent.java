package jp.esurety.notification.domain;

import java.util.Objects;

/** A rendered mail: subject, plain-text part and HTML part (both parts always go out, as multipart/alternative). */
public record MailContent(String subject, String text, String html) {

    public MailContent {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }
}
