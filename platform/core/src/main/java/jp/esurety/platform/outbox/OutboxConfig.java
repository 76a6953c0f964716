package jp.esurety.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the outbox relay ({@code esurety.outbox.*}). */
@ConfigMapping(prefix = "esurety.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay (every replica may; they never double-send). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows sent per transaction. */
    @WithDefault("200")
    int batchSize();

    /** Safety net when a NOTIFY is missed (e.g. the listening connection was re-established). */
    @WithDefault("PT5S")
    Duration fallbackPoll();

    /** Published rows are deleted after this long. */
    @WithDefault("P7D")
    Duration retention();

    /** Validate each event against its JSON Schema before it is written (a bad event fails the use case). */
    @WithDefault("true")
    boolean validateOnPublish();
}
