package jp.esurety.systemtest;

import com.microsoft.playwright.Page;

import java.net.URI;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The real Keycloak sign-in page of a realm, as a person fills it. Keycloak's own theme: its form ids
 * ({@code username}, {@code password}, {@code kc-login}) are stable across its themes and languages.
 */
final class KeycloakLoginPage {

    private KeycloakLoginPage() {
    }

    /**
     * Waits for Keycloak's page (after the application redirected there), optionally photographs it for the guide,
     * signs in and waits until the browser is back on {@code app}.
     */
    static void signIn(Page page, URI keycloak, URI app, String username, String guide, String screenshot) {
        page.waitForURL(Pattern.compile("^" + Pattern.quote(keycloak.toString()) + "/realms/.*"));
        assertThat(page.locator("#kc-form-login")).isVisible();
        page.locator("#username").fill(username);
        page.locator("#password").fill(Keycloak.PASSWORD);
        if (screenshot != null) {
            Screens.photograph(page, guide, screenshot);
        }
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile("^" + Pattern.quote(app.toString()) + "(/.*)?$"));
    }
}
