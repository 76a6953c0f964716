package jp.esurety.application.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * 書類送信's limits ({@code esurety.application.documents.*}). {@code quarkus.http.limits.max-body-size} must stay a
 * little above {@link #maxBytes()} (the multipart framing), so that Quarkus cuts off anything larger while reading.
 */
@ConfigMapping(prefix = "esurety.application.documents")
public interface DocumentsConfig {

    /** Largest document accepted (10 MiB). */
    @WithDefault("10M")
    MemorySize maxBytes();

    /** Most documents one application may have. */
    @WithDefault("20")
    int maxPerApplication();
}
