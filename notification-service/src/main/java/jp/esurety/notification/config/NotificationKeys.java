package jp.esurety.notification.config;

import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.platform.crypto.KeyIds;
import jp.esurety.platform.crypto.Pem;

import java.security.PrivateKey;

/** This service's X25519 key pair: the authentication key arrives sealed to it. */
@ApplicationScoped
public class NotificationKeys {

    private final PrivateKey unsealingKey;
    private final String kid;

    public NotificationKeys(NotificationConfig config) {
        this.unsealingKey = Pem.readPrivateKey(config.keysDir().resolve("x25519.pem"));
        this.kid = KeyIds.of(Pem.readPublicKey(config.keysDir().resolve("x25519.pub.pem")));
    }

    public PrivateKey unsealingKey() {
        return unsealingKey;
    }

    public String kid() {
        return kid;
    }
}
