package jp.esurety.registry.domain;

/**
 * The secret the portal's session cookie is encrypted with (and its form tokens are keyed with) must have at least
 * 32 characters: a shorter one would make Quarkus fall back to a per-process random key, so every replica and every
 * restart would log the orderers out, or it would be guessable. The service refuses to start with a shorter one.
 */
public final class PortalSessionSecret {

    public static final int MIN_LENGTH = 32;
    public static final String PROPERTY = "esurety.registry.portal-session-secret";

    private PortalSessionSecret() {
    }

    /** The secret itself when long enough; otherwise a start-up failure that says what to set (never the value). */
    public static String require(String secret) {
        int length = secret == null ? 0 : secret.strip().length();
        if (length < MIN_LENGTH) {
            throw new IllegalStateException("The portal session secret (" + PROPERTY
                    + ", by default the dsure-portal client secret QUARKUS_OIDC_CREDENTIALS_SECRET; override with "
                    + "ESURETY_DSURE_PORTAL_COOKIE_SECRET) has " + length + " characters; it needs at least "
                    + MIN_LENGTH + ". Set a random secret of 32 or more characters.");
        }
        return secret;
    }
}
