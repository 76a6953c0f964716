package jp.esurety.gateway;

import java.net.URI;
import java.net.URISyntaxException;

/** Where {@code /login?redirect=} may send the browser: a path of this site only, never another origin. */
final class SafeRedirect {

    private static final String HOME = "/";
    private static final int MAX_LENGTH = 2048;

    private SafeRedirect() {
    }

    /** The requested path if it is a same-origin relative path, else {@code /}. */
    static String target(String requested) {
        if (requested == null || requested.isEmpty() || requested.length() > MAX_LENGTH
                || !requested.startsWith("/") || requested.startsWith("//")
                || requested.indexOf('\\') >= 0 || requested.chars().anyMatch(Character::isISOControl)) {
            return HOME;
        }
        try {
            URI uri = new URI(requested);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? requested : HOME;
        } catch (URISyntaxException e) {
            return HOME;
        }
    }
}
