package jp.esurety.registry.domain;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortalSessionSecretTest {

    @Test
    void sessionSecretShorterThan32CharactersStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> PortalSessionSecret.require("change-me"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("esurety.registry.portal-session-secret")
                .hasMessageContaining("has 9 characters").hasMessageContaining("at least 32")
                .hasMessageNotContaining("change-me");
        assertThatThrownBy(() -> PortalSessionSecret.require(null)).hasMessageContaining("has 0 characters");
        assertThatThrownBy(() -> PortalSessionSecret.require("x".repeat(31))).hasMessageContaining("has 31");
    }

    @Test
    void sessionSecretOf32CharactersIsAccepted() {
        assertThat(PortalSessionSecret.require("x".repeat(32))).hasSize(32);
    }

    @Test
    void theShippedLocalDefaultSecretHasAtLeast32Characters() throws Exception {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"),
                StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("quarkus\\.oidc\\.credentials\\.secret=\\$\\{[^:}]+:([^}]*)}").matcher(properties);
        assertThat(m.find()).isTrue();
        assertThat(PortalSessionSecret.require(m.group(1))).hasSizeGreaterThanOrEqualTo(32);
        assertThat(properties).contains("quarkus.oidc.portal.token-state-manager.encryption-secret="
                + "${esurety.registry.portal-session-secret}");
    }
}
