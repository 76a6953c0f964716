package jp.esurety.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;

/** Notification settings ({@code esurety.notification.*}). */
@ConfigMapping(prefix = "esurety.notification")
public interface NotificationConfig {

    /** The folder with x25519.pem and x25519.pub.pem: this service's key for unsealing authentication keys. */
    Path keysDir();

    /** How often pending mails are retried (new mails go out right after their transaction commits). */
    Duration mailSweep();

    /** Attempts before a mail is given up as FAILED. */
    @WithDefault("8")
    int mailMaxAttempts();
}
