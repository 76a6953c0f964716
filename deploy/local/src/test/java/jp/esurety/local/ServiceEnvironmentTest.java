package jp.esurety.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.esurety.local.KeyMaterial.Secrets;

class ServiceEnvironmentTest {

    private static final StackEndpoints ENDPOINTS = new StackEndpoints(new StackPorts(10), "postgres", "pw",
            "127.0.0.1", Path.of("/data"));
    private static final Secrets SECRETS = new Secrets("gateway-secret", "portal-secret", "cookie-secret");

    @Test
    void theRegistryUsesItsOwnDatabaseRealmKeysAndMail() {
        Map<String, String> environment = ServiceEnvironment.of(Service.REGISTRY, ENDPOINTS, SECRETS);

        assertThat(environment)
                .containsEntry("QUARKUS_HTTP_PORT", "8093")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:15442/registry")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "postgres")
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "pw")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:19102")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8190/realms/dsure")
                .containsEntry("QUARKUS_OIDC_CLIENT_ID", "dsure-portal")
                .containsEntry("QUARKUS_OIDC_CREDENTIALS_SECRET", "portal-secret")
                .containsEntry("ESURETY_KEYS_DIR", "/data/keys/registry")
                .containsEntry("QUARKUS_MAILER_HOST", "127.0.0.1")
                .containsEntry("QUARKUS_MAILER_PORT", "3035")
                .containsEntry("ESURETY_DEMO_DATA", "true")
                .containsEntry("ESURETY_PUBLIC_GATEWAY_URL", "http://localhost:8090")
                .containsEntry("ESURETY_PUBLIC_REGISTRY_URL", "http://localhost:8093")
                .doesNotContainKeys("ESURETY_GATEWAY_COOKIE_SECRET", "ESURETY_GATEWAY_ROUTES_APPLICATION");
    }

    @Test
    void theGatewayHasNoDatabaseNorKeysButRoutesAndItsClient() {
        Map<String, String> environment = ServiceEnvironment.of(Service.GATEWAY, ENDPOINTS, SECRETS);

        assertThat(environment)
                .containsEntry("QUARKUS_HTTP_PORT", "8090")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8190/realms/netdesk")
                .containsEntry("QUARKUS_OIDC_CLIENT_ID", "gateway")
                .containsEntry("QUARKUS_OIDC_CREDENTIALS_SECRET", "gateway-secret")
                .containsEntry("ESURETY_GATEWAY_COOKIE_SECRET", "cookie-secret")
                .containsEntry("ESURETY_GATEWAY_ROUTES_APPLICATION", "http://localhost:8091")
                .containsEntry("ESURETY_GATEWAY_ROUTES_ISSUANCE", "http://localhost:8092")
                .containsEntry("ESURETY_GATEWAY_ROUTES_NOTIFICATION", "http://localhost:8094")
                .doesNotContainKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_PASSWORD", "ESURETY_KEYS_DIR",
                        "QUARKUS_MAILER_HOST");
    }

    @Test
    void servicesWithoutTheCodeFlowGetNoClientSecret() {
        for (Service service : new Service[] {Service.APPLICATION, Service.ISSUANCE, Service.NOTIFICATION}) {
            assertThat(ServiceEnvironment.of(service, ENDPOINTS, SECRETS)).as(service.module())
                    .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8190/realms/netdesk")
                    .doesNotContainKeys("QUARKUS_OIDC_CLIENT_ID", "QUARKUS_OIDC_CREDENTIALS_SECRET",
                            "ESURETY_GATEWAY_COOKIE_SECRET");
        }
        assertThat(ServiceEnvironment.of(Service.APPLICATION, ENDPOINTS, SECRETS))
                .doesNotContainKeys("ESURETY_KEYS_DIR", "QUARKUS_MAILER_HOST");
        assertThat(ServiceEnvironment.of(Service.ISSUANCE, ENDPOINTS, SECRETS))
                .containsEntry("ESURETY_KEYS_DIR", "/data/keys/issuance")
                .doesNotContainKey("QUARKUS_MAILER_HOST");
    }
}
