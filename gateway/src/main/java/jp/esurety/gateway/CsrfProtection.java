package jp.esurety.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Double-submit CSRF protection for calls made with the session cookie. Every response that finds no
 * {@value #COOKIE} cookie sets one (random, readable by the SPA's JavaScript, {@code SameSite=Strict}); a
 * state-changing {@code /api/**} call with the session cookie must echo it in the {@value #HEADER} header. Another
 * site can make the browser send the cookies but cannot read them, so it cannot write the header. Bearer-token
 * clients send no cookies and are not checked.
 */
@ApplicationScoped
public class CsrfProtection {

    public static final String COOKIE = "XSRF-TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";
    /** Quarkus OIDC's session cookie and its split parts ({@code q_session_at}, {@code q_session_rt}). */
    private static final String SESSION_COOKIE_PREFIX = "q_session";
    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final int FILTER_PRIORITY = 100;

    private final SecureRandom random = new SecureRandom();
    private final boolean secureCookie;

    public CsrfProtection(GatewayConfig config) {
        this.secureCookie = config.csrf().secureCookie();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FILTER_PRIORITY);
    }

    private void check(RoutingContext context) {
        Cookie token = context.request().getCookie(COOKIE);
        if (token == null) {
            context.response().addCookie(Cookie.cookie(COOKIE, newToken()).setPath("/")
                    .setSameSite(CookieSameSite.STRICT).setSecure(secureCookie).setHttpOnly(false));
        }
        if (needsToken(context) && !matches(token, context.request().getHeader(HEADER))) {
            Problems.send(context, 403, "不正な操作要求です (Forbidden)",
                    "画面を再読み込みしてから、もう一度操作してください。");
            return;
        }
        context.next();
    }

    private static boolean needsToken(RoutingContext context) {
        if (!STATE_CHANGING.contains(context.request().method()) || !context.normalizedPath().startsWith("/api/")) {
            return false;
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return context.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE_PREFIX));
    }

    private static boolean matches(Cookie cookie, String header) {
        return cookie != null && header != null && !header.isEmpty()
                && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
