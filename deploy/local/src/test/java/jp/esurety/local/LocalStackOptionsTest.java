package jp.esurety.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {

    private static final Path REPO = Path.of("/srv/esurety");

    @Test
    void defaultsStartEverythingWithDataInTheRepository() {
        LocalStackOptions options = LocalStackOptions.parse("--repo-dir", REPO.toString()).orElseThrow();

        assertThat(options.services()).containsExactly(Service.values());
        assertThat(options.dataDir()).isEqualTo(REPO.resolve(".local-data"));
        assertThat(options.keycloakDistDir()).isEqualTo(REPO.resolve(".local-data/keycloak/dist-26.7.3"));
        assertThat(options.ports().service(Service.GATEWAY)).isEqualTo(8080);
        assertThat(options.ports().keycloakManagement()).isEqualTo(9000);
    }

    @Test
    void servicesRunSmallAndQuickToStartUnlessTheServerJitIsAskedFor() {
        assertThat(LocalStackOptions.parse("--repo-dir", "/r").orElseThrow().serviceJvmOptions())
                .contains("-XX:TieredStopAtLevel=1", "-Xmx256m");
        assertThat(LocalStackOptions.builder().repoDir(Path.of("/r"))
                .serviceJvmOptions(LocalStackOptions.SERVER_JVM_OPTIONS).build().serviceJvmOptions())
                .doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theOffsetShiftsEveryPort() {
        LocalStackOptions options = LocalStackOptions.parse("--repo-dir", REPO.toString(), "--port-offset", "100",
                "--data-dir", "/tmp/stack").orElseThrow();

        StackPorts ports = options.ports();
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(ports.toBind(options.services()).values()).containsExactlyInAnyOrder(
                15532, 19192, 3125, 3243, 8125, 8280, 9100, 8181, 8182, 8183, 8184, 8180);
    }

    @Test
    void servicesCanBeChosenOrLeftOut() {
        assertThat(LocalStackOptions.parse("--repo-dir", "/r", "--services", "gateway, issuance-service")
                .orElseThrow().services()).isEqualTo(EnumSet.of(Service.GATEWAY, Service.ISSUANCE));
        assertThat(LocalStackOptions.parse("--repo-dir", "/r", "--infra-only").orElseThrow().services()).isEmpty();
    }

    @Test
    void infrastructureAloneNeedsNoRepositoryWhenTheDataFolderIsGiven() {
        LocalStackOptions options = LocalStackOptions.builder()
                .dataDir(Path.of("/tmp/data"))
                .infrastructureOnly()
                .keycloakDistDir(Path.of("/tmp/kc"))
                .build();

        assertThat(options.keycloakDistDir()).isEqualTo(Path.of("/tmp/kc"));
        assertThat(options.ports().toBind(options.services())).containsOnlyKeys("PostgreSQL", "Kafka", "SMTP",
                "IMAP", "mail HTTP inbox", "Keycloak", "Keycloak management");
    }

    @Test
    void mistakesAreReportedAndHelpIsNoStart() {
        assertThat(LocalStackOptions.parse("--help")).isEmpty();
        assertThatThrownBy(() -> LocalStackOptions.parse("--repo-dir", "/r", "--colour"))
                .hasMessageContaining("unknown option '--colour'");
        assertThatThrownBy(() -> LocalStackOptions.parse("--repo-dir", "/r", "--port-offset"))
                .hasMessageContaining("--port-offset needs a value");
        assertThatThrownBy(() -> LocalStackOptions.parse("--repo-dir", "/r", "--port-offset", "60000"))
                .hasMessageContaining("outside 1024-65535");
        assertThatThrownBy(() -> LocalStackOptions.parse("--repo-dir", "/r", "--services", "billing"))
                .hasMessageContaining("unknown service 'billing'");
    }
}
