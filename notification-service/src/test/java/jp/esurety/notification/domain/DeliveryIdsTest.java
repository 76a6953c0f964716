package jp.esurety.notification.domain;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One triggering fact, one mail: the delivery id and Message-ID derive from the event, not from chance. */
class DeliveryIdsTest {

    @Test
    void theSameTriggeringEventGivesTheSameDeliveryAndMessageId() {
        UUID first = DeliveryIds.of(MessageType.COMPLETION_MAIL, "10101-000001", 1);
        UUID again = DeliveryIds.of(MessageType.COMPLETION_MAIL, "10101-000001", 1);
        assertThat(again).isEqualTo(first);
        assertThat(DeliveryIds.messageId(again, "esurety.example.jp"))
                .isEqualTo(DeliveryIds.messageId(first, "esurety.example.jp"))
                .isEqualTo("<" + first + "@esurety.example.jp>");
    }

    @Test
    void anotherVersionContractOrMessageTypeIsAnotherMail() {
        UUID completion = DeliveryIds.of(MessageType.COMPLETION_MAIL, "10101-000001", 1);
        assertThat(DeliveryIds.of(MessageType.AMENDMENT_REGISTERED, "10101-000001", 2)).isNotEqualTo(completion);
        assertThat(DeliveryIds.of(MessageType.AMENDMENT_REGISTERED, "10101-000001", 1)).isNotEqualTo(completion);
        assertThat(DeliveryIds.of(MessageType.COMPLETION_MAIL, "10101-000002", 1)).isNotEqualTo(completion);
    }
}
