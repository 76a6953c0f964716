package jp.esurety.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keycloak realms, Secrets, databases and backups. */
class IdentityAndDataTest {

    /** Secrets the operators write themselves. */
    static final Set<String> OPERATOR_SECRETS = Set.of(
            "application-db-app", "issuance-db-app", "registry-db-app", "notification-db-app", "keycloak-db-app",
            "application-service", "issuance-service", "dsure-registry-service", "notification-service",
            "esurety-kafka-cluster-ca-cert");

    /** Secrets ops create before installing (docs/operations.md shows how); none is committed. */
    static final Set<String> OPS_SECRETS = Set.of("esurety-oidc-clients", "gateway-session", "issuance-keys",
            "registry-keys", "notification-keys", "esurety-smtp", "esurety-backup-s3", "esurety-tls");

    /** Not secret at all: the public URLs, a Secret only because realm-import placeholders read Secrets. */
    static final Set<String> GENERATED_SECRETS = Set.of("esurety-public-urls");

    static Stream<Manifests.ObjectSet> sets() {
        return Manifests.sets();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void noSecretValueIsCommittedAndEverySecretReferencedIsKnownAndDocumented(Manifests.ObjectSet set) {
        set.ofKind("Secret").forEach(s -> assertThat(s.path("metadata").path("name").asText()).as(set + " committed Secret")
                .isIn(GENERATED_SECRETS));
        Set<String> referenced = new TreeSet<>();
        set.objects().forEach(o -> collectSecretNames(o, referenced));
        Set<String> known = new TreeSet<>(OPERATOR_SECRETS);
        known.addAll(OPS_SECRETS);
        known.addAll(GENERATED_SECRETS);
        assertThat(known).as(set + ": every Secret referenced is known").containsAll(referenced);
        String operations = Manifests.read(Manifests.repoDir().resolve("docs/operations.md"));
        for (String secret : OPS_SECRETS) {
            assertThat(operations).as("docs/operations.md explains Secret " + secret).contains("`" + secret + "`");
        }
    }

    @Test
    void theKeyFoldersHoldTheFilesTheServicesRead() {
        Manifests.ObjectSet base = new Manifests.ObjectSet("raw", Manifests.raw());
        Map<String, List<String>> expected = Map.of(
                "issuance-service", List.of("signing-ed25519.pem", "signing-ed25519.pub.pem", "kek.key",
                        "registry-x25519.pub.pem", "notification-x25519.pub.pem"),
                "dsure-registry-service", List.of("x25519.pem", "x25519.pub.pem", "pepper.key", "trusted-issuers/higashi-nihon.pub.pem"),
                "notification-service", List.of("x25519.pem", "x25519.pub.pem"));
        expected.forEach((service, files) -> {
            JsonNode pod = base.get("Deployment", service).path("spec").path("template").path("spec");
            JsonNode mount = null;
            for (JsonNode m : pod.path("containers").get(0).path("volumeMounts")) {
                if (m.path("mountPath").asText().equals("/etc/esurety/keys")) {
                    mount = m;
                }
            }
            assertThat(mount).as(service + " mounts its keys").isNotNull();
            assertThat(mount.path("readOnly").asBoolean()).isTrue();
            List<String> paths = new ArrayList<>();
            for (JsonNode v : pod.path("volumes")) {
                if (v.path("name").asText().equals(mount.path("name").asText())) {
                    v.path("secret").path("items").forEach(i -> paths.add(i.path("path").asText()));
                }
            }
            assertThat(paths).as(service + " key files").containsExactlyInAnyOrderElementsOf(files);
            String env = base.get("ConfigMap", service + "-config").path("data").path("ESURETY_KEYS_DIR").asText();
            assertThat(env).isEqualTo("/etc/esurety/keys");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyServiceHasItsOwnPostgresClusterAndReadsItsOwnCredentials(Manifests.ObjectSet set) {
        Map<String, String> databases = NetworkPolicyTest.DATABASES;
        databases.forEach((service, cluster) -> {
            JsonNode c = set.get("Cluster", cluster);
            String db = c.path("spec").path("bootstrap").path("initdb").path("database").asText();
            JsonNode config = set.ofKind("ConfigMap").stream()
                    .filter(m -> m.path("metadata").path("name").asText().equals(service + "-config")).findFirst().orElseThrow();
            assertThat(config.path("data").path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                    .startsWith("jdbc:postgresql://" + cluster + "-rw:5432/" + db);
            String deployment = set.get("Deployment", service).toString();
            assertThat(deployment).contains("\"name\":\"" + cluster + "-app\"");
            for (String other : databases.values()) {
                if (!other.equals(cluster)) {
                    assertThat(deployment).as(service + " never sees " + other).doesNotContain(other);
                }
            }
        });
        set.get("Cluster", "keycloak-db");
    }

    @Test
    void productionDatabasesAreBackedUpContinuouslyAndDaily() {
        if (Manifests.kubectl().isEmpty()) {
            System.err.println("[deploy/k8s] kubectl missing: backup configuration of overlays/prod not checked");
            return;
        }
        Manifests.ObjectSet prod = new Manifests.ObjectSet("prod", Manifests.rendered("prod"));
        for (JsonNode cluster : prod.ofKind("Cluster")) {
            String name = cluster.path("metadata").path("name").asText();
            JsonNode store = cluster.path("spec").path("backup").path("barmanObjectStore");
            assertThat(store.path("destinationPath").asText()).as(name).endsWith("/" + name);
            assertThat(cluster.path("spec").path("backup").path("retentionPolicy").asText()).as(name).isNotEmpty();
            assertThat(cluster.path("spec").path("instances").asInt()).as(name).isGreaterThanOrEqualTo(3);
            assertThat(prod.ofKind("ScheduledBackup")).as(name + " daily").anySatisfy(b ->
                    assertThat(b.path("spec").path("cluster").path("name").asText()).isEqualTo(name));
        }
        Manifests.ObjectSet dev = new Manifests.ObjectSet("dev", Manifests.rendered("dev"));
        assertThat(dev.ofKind("ScheduledBackup")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theRealmsAreImportedAsInTheLocalStackWithoutDemoUsersOrTheLocalCliClient(Manifests.ObjectSet set) throws IOException {
        for (String realm : List.of("netdesk", "dsure")) {
            JsonNode imported = set.get("KeycloakRealmImport", realm + "-realm").path("spec");
            JsonNode local = Manifests.JSON.readTree(Path.of(Manifests.repoDir().toString(), "deploy/local/keycloak", realm + "-realm.json").toFile());
            assertThat(imported.path("keycloakCRName").asText()).isEqualTo("esurety-keycloak");
            JsonNode r = imported.path("realm");
            assertThat(r.path("realm").asText()).isEqualTo(realm);
            assertThat(r.has("users")).as(realm + ": no demo users").isFalse();
            assertThat(r.path("roles")).as(realm + " roles").isEqualTo(local.path("roles"));
            assertThat(r.path("components")).as(realm + " user profile").isEqualTo(local.path("components"));
            List<JsonNode> localClients = new ArrayList<>();
            local.path("clients").forEach(c -> {
                if (!c.path("clientId").asText().equals("esurety-cli")) {
                    localClients.add(c);
                }
            });
            List<JsonNode> clients = new ArrayList<>();
            r.path("clients").forEach(clients::add);
            assertThat(clients).as(realm + " clients").containsExactlyElementsOf(localClients);
            assertThat(r.path("sslRequired").asText()).isEqualTo("external");
            Set<String> placeholders = new TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{(ESURETY_[A-Z_]+)}").matcher(r.toString());
            while (m.find()) {
                placeholders.add(m.group(1));
            }
            Set<String> provided = new TreeSet<>();
            imported.path("placeholders").fieldNames().forEachRemaining(provided::add);
            assertThat(provided).as(realm + ": every placeholder has a Secret").isEqualTo(placeholders);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theServicesTalkToKeycloakInsideTheClusterAndTheGatewayRoutesByServiceName(Manifests.ObjectSet set) {
        for (String service : Manifests.SERVICES) {
            JsonNode data = set.get("ConfigMap", service + "-config").path("data");
            String realm = service.equals("dsure-registry-service") ? "dsure" : "netdesk";
            assertThat(data.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText())
                    .isEqualTo("http://esurety-keycloak-service:8080/realms/" + realm);
            assertThat(data.path("QUARKUS_HTTP_PORT").asInt()).isEqualTo(NetworkPolicyTest.PORTS.get(service));
        }
        JsonNode gateway = set.get("ConfigMap", "gateway-config").path("data");
        assertThat(gateway.path("ESURETY_GATEWAY_ROUTES_APPLICATION").asText()).isEqualTo("http://application-service:8081");
        assertThat(gateway.path("ESURETY_GATEWAY_ROUTES_ISSUANCE").asText()).isEqualTo("http://issuance-service:8082");
        assertThat(gateway.path("ESURETY_GATEWAY_ROUTES_NOTIFICATION").asText()).isEqualTo("http://notification-service:8084");
    }

    private static void collectSecretNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            if (node.has("secretKeyRef")) {
                names.add(node.path("secretKeyRef").path("name").asText());
            }
            if (node.has("secretRef")) {
                names.add(node.path("secretRef").path("name").asText());
            }
            if (node.has("secretName")) {
                names.add(node.path("secretName").asText());
            }
            if (node.has("usernameSecret")) {
                names.add(node.path("usernameSecret").path("name").asText());
            }
            if (node.has("passwordSecret")) {
                names.add(node.path("passwordSecret").path("name").asText());
            }
            if (node.has("secret") && node.path("secret").has("name")) {
                names.add(node.path("secret").path("name").asText());
            }
            if (node.has("accessKeyId")) {
                names.add(node.path("accessKeyId").path("name").asText());
            }
            if (node.has("secretAccessKey")) {
                names.add(node.path("secretAccessKey").path("name").asText());
            }
            node.elements().forEachRemaining(child -> collectSecretNames(child, names));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectSecretNames(child, names));
        }
    }
}
