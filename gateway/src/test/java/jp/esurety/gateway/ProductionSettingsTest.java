package jp.esurety.gateway;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** What only production turns on (the tests run in the test profile, so they cannot see it). */
class ProductionSettingsTest {

    private static final String HSTS = "quarkus.http.header.\"Strict-Transport-Security\".value";

    @Test
    void strictTransportSecurityOnlyInProduction() throws IOException {
        assertThat(config("prod").getOptionalValue(HSTS, String.class)).hasValueSatisfying(v ->
                assertThat(v).startsWith("max-age=31536000"));
        assertThat(config("test").getOptionalValue(HSTS, String.class)).isEmpty();
        assertThat(config("dev").getOptionalValue(HSTS, String.class)).isEmpty();
    }

    @Test
    void theXsrfCookieIsSecureInProduction() throws IOException {
        assertThat(config("prod").getValue("esurety.gateway.csrf.secure-cookie", Boolean.class)).isTrue();
        assertThat(config("dev").getOptionalValue("esurety.gateway.csrf.secure-cookie", Boolean.class)).isEmpty();
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = ProductionSettingsTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 250)).build();
    }
}
