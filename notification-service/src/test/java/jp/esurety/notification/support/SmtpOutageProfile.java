package jp.esurety.notification.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * The service with its mailer behind {@link SmtpRelay}'s relay in front of the real test mail server: four
 * attempts, 1 s then 2 s between them; one SMTP send may take 3 s.
 */
public class SmtpOutageProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(SmtpRelay.mailerThroughRelay());
        config.putAll(Map.of(
                "esurety.notification.mail-max-attempts", "4",
                "esurety.notification.mail-retry-initial", "1s",
                "esurety.notification.mail-retry-max", "2s",
                "esurety.notification.mail-sweep", "1s",
                "esurety.notification.mail-send-timeout", "3s",
                "quarkus.mailer.keep-alive", "false"));
        return config;
    }
}
