package jp.esurety.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.registry.config.RegistryConfig;
import jp.esurety.registry.domain.PortalSessionSecret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Synchronizer tokens for the portal's admin forms (CSRF): each form carries {@code _csrf} =
 * {@code <issued-at seconds>.<HMAC-SHA256(key, user | issued-at)>}, valid for 8 hours and only for the user it was
 * issued to. The key is derived from the portal session secret, so every replica accepts it and nothing is stored.
 * A request forged from another site cannot know it (and the session cookie is SameSite=Lax on top).
 */
@ApplicationScoped
public class FormTokens {

    public static final String FIELD = "_csrf";
    public static final String EXPIRED = "画面の有効期限が切れたか、正しくない操作です。もう一度画面を開いてやり直してください。";
    static final Duration VALIDITY = Duration.ofHours(8);

    private final SecretKeySpec key;
    private final Clock clock;

    public FormTokens(RegistryConfig config, Clock clock) {
        this.clock = clock;
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(PortalSessionSecret.require(config.portalSessionSecret())
                .getBytes(StandardCharsets.UTF_8), "HmacSHA256"), "dsure-portal-form-token-v1"), "HmacSHA256");
    }

    /** A fresh token for this user's next form. */
    public String issue(String username) {
        long at = clock.instant().getEpochSecond();
        return at + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(username, at));
    }

    /** Whether a submitted token was issued to this user within its validity (constant-time comparison). */
    public boolean valid(String username, String token) {
        if (username == null || token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        long at;
        byte[] given;
        try {
            at = Long.parseLong(token.substring(0, dot));
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (at > now + 60 || now - at > VALIDITY.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(mac(username, at), given);
    }

    private byte[] mac(String username, long at) {
        return hmac(key, username + "|" + at);
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
