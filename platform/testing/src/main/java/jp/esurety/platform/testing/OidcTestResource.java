package jp.esurety.platform.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus's WireMock OIDC provider for service tests, with {@code quarkus.oidc.auth-server-url} pointed at it, so a
 * service needs no test-only OIDC settings. Tokens come from {@link TestTokens}. System tests use real Keycloak.
 */
public class OidcTestResource extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus/");
        return config;
    }
}
