package jp.esurety.systemtest;

import java.net.CookieHandler;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cookies kept the way browsers keep them (RFC 6265: by host and path, attributes like {@code Version} ignored).
 * The JDK's {@code CookieManager} applies RFC 2965 to Keycloak's {@code Version=1} cookies and drops them for a
 * host without a dot such as {@code localhost}, which no browser does.
 */
final class BrowserCookies extends CookieHandler {

    private record Cookie(String host, String path, String name, String value) {
    }

    private final Map<String, Cookie> jar = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        List<String> pairs = new ArrayList<>();
        for (Cookie cookie : jar.values()) {
            if (cookie.host().equalsIgnoreCase(uri.getHost()) && path.startsWith(cookie.path())) {
                pairs.add(cookie.name() + "=" + cookie.value());
            }
        }
        return pairs.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", pairs)));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((header, values) -> {
            if ("set-cookie".equalsIgnoreCase(header)) {
                values.forEach(value -> store(uri, value));
            }
        });
    }

    private void store(URI uri, String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        String path = "/";
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim().toLowerCase(Locale.ROOT);
            if (attribute.startsWith("path=")) {
                path = parts[i].trim().substring(5);
            } else if (attribute.equals("max-age=0")) {
                expired = true;
            }
        }
        String key = uri.getHost() + "|" + path + "|" + name;
        if (expired) {
            jar.remove(key);
        } else {
            jar.put(key, new Cookie(uri.getHost(), path, name, value));
        }
    }
}
