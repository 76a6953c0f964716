package jp.esurety.notification.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail's identity derives from what triggered it (message type + the triggering fact's natural key), never from
 * chance: a redelivered or re-published event finds its delivery already queued, and a resend after a crash
 * mid-send carries the same Message-ID, so receivers see one mail.
 */
public final class DeliveryIds {

    private DeliveryIds() {
    }

    /** A name-based (version 3) UUID of the type and the key parts, e.g. contract number and version. */
    public static UUID of(MessageType type, Object... keyParts) {
        StringBuilder name = new StringBuilder(type.name());
        for (Object part : keyParts) {
            name.append('|').append(Objects.requireNonNull(part, "key part"));
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 5322 Message-ID of a delivery, e.g. {@code <9f0c…@esurety.example.jp>}. */
    public static String messageId(UUID deliveryId, String domain) {
        return "<" + deliveryId + "@" + domain + ">";
    }
}
