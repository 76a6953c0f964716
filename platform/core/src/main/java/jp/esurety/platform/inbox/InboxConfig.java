package jp.esurety.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the idempotent consumers ({@code esurety.inbox.*}). */
@ConfigMapping(prefix = "esurety.inbox")
public interface InboxConfig {

    /** Attempts per event, the first included, before it goes to the dead-letter topic. */
    @WithDefault("4")
    int maxAttempts();

    /** Back-off before the second attempt; doubles each time. */
    @WithDefault("PT0.2S")
    Duration initialBackoff();

    /**
     * Retries of an event whose transaction lost to a concurrent one (optimistic-lock conflict, serialization
     * failure, deadlock), which do not count as failed attempts: the event is fine, another consumer of the same
     * aggregate got there first. Each waits a few random milliseconds more than the last.
     */
    @WithDefault("50")
    int maxConflictRetries();
}
