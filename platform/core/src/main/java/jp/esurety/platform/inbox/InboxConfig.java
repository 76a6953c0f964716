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
}
