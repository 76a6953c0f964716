package jp.esurety.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Starts the real infrastructure (PostgreSQL, Kafka, mail, Keycloak with the realm files; no services, which
 * build after this module) in a throw-away data folder beside any stack a developer runs, and checks what the
 * services and the system tests rely on: tokens carry the roles and ownership claims, the confidential clients
 * use the generated secrets, and stopping leaves no process behind.
 *
 * <p>The unpacked, built Keycloak is cached in {@code target/keycloak-dist}, so only the first run pays for
 * {@code kc.sh build}.
 */
class LocalInfrastructureIT {

    private static final int PORT_OFFSET = Integer.getInteger("esurety.local.it.port-offset", 300);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private static LocalStack stack;
    private static StackEndpoints endpoints;

    @BeforeAll
    static void startInfrastructure() {
        stack = LocalStack.start(LocalStackOptions.builder()
                .dataDir(dataDir)
                .portOffset(PORT_OFFSET)
                .infrastructureOnly()
                .keycloakDistDir(Path.of("target/keycloak-dist"))
                .startupTimeout(Duration.ofSeconds(Integer.getInteger("esurety.local.it.startup-timeout", 180)))
                .build());
        endpoints = stack.endpoints();
    }

    @AfterAll
    static void stopAndLeaveNothingRunning() {
        List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
        assertThat(children).as("Keycloak runs as a child").isNotEmpty();

        stack.close();

        assertThat(children).noneMatch(ProcessHandle::isAlive);
        for (int port : stack.options().ports().toBind(stack.options().services()).values()) {
            assertThat(isFree(port)).as("port %d after stop", port).isTrue();
        }
    }

    @Test
    void aContractorsTokenCarriesItsRoleAndContractorId() throws Exception {
        JsonNode claims = accessTokenClaims(Realm.NETDESK, "contractor1");

        assertThat(claims.path("iss").asText()).isEqualTo(endpoints.realmUrl(Realm.NETDESK).toString());
        assertThat(claims.path("realm_access").path("roles")).extracting(JsonNode::asText).contains("contractor");
        assertThat(claims.path("contractor_id").asText()).isEqualTo("C0001");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(900);
    }

    @Test
    void staffTokensCarryTheBranchCode() throws Exception {
        JsonNode claims = accessTokenClaims(Realm.NETDESK, "underwriter1");

        assertThat(claims.path("realm_access").path("roles")).extracting(JsonNode::asText).contains("underwriter");
        assertThat(claims.path("branch_code").asText()).isEqualTo("10101");
        assertThat(claims.has("contractor_id")).isFalse();
    }

    @Test
    void anOrderersTokenFromTheDsureRealmCarriesItsOrdererId() throws Exception {
        JsonNode claims = accessTokenClaims(Realm.DSURE, "omitama");

        assertThat(claims.path("iss").asText()).isEqualTo(endpoints.realmUrl(Realm.DSURE).toString());
        assertThat(claims.path("realm_access").path("roles")).extracting(JsonNode::asText).contains("orderer");
        assertThat(claims.path("orderer_id").asText()).isEqualTo("ORD-082368");
    }

    @Test
    void theConfidentialClientsAcceptOnlyTheGeneratedSecrets() throws Exception {
        Properties secrets = new Properties();
        try (var reader = Files.newBufferedReader(endpoints.keysDir().resolve("secrets.properties"))) {
            secrets.load(reader);
        }
        // neither client has a service account: a right secret passes client authentication and meets that refusal
        assertThat(clientCredentials(Realm.NETDESK, "gateway", secrets.getProperty(KeyMaterial.GATEWAY_CLIENT_SECRET))
                .path("error_description").asText()).contains("service account");
        assertThat(clientCredentials(Realm.DSURE, "dsure-portal",
                secrets.getProperty(KeyMaterial.DSURE_PORTAL_CLIENT_SECRET)).path("error_description").asText())
                .contains("service account");
        assertThat(clientCredentials(Realm.NETDESK, "gateway", "wrong").path("error_description").asText())
                .contains("Invalid client credentials");
    }

    @Test
    void theKeyFoldersAreReadyForTheServices() {
        assertThat(endpoints.keysDir().resolve("issuance/signing-ed25519.pem")).isRegularFile();
        assertThat(endpoints.keysDir().resolve("registry/trusted-issuers/higashi-nihon.pub.pem")).isRegularFile();
        assertThat(endpoints.keysDir().resolve("notification/x25519.pem")).isRegularFile();
        assertThat(endpoints.logsDir().resolve("keycloak.log")).isNotEmptyFile();
    }

    @Test
    void kafkaAndSmtpOutagesAreStoppedAndRestoredOnTheSamePorts() {
        StackPorts ports = endpoints.ports();

        stack.stopKafka();
        stack.stopSmtp();
        assertThat(stack.isKafkaRunning()).isFalse();
        assertThat(stack.isSmtpRunning()).isFalse();
        assertThat(isFree(ports.kafka())).as("Kafka's port during the outage").isTrue();
        assertThat(isFree(ports.smtp())).as("SMTP's port during the outage").isTrue();
        assertThat(isFree(ports.imap())).as("IMAP stays up").isFalse();

        stack.restoreAll();

        assertThat(stack.isKafkaRunning()).isTrue();
        assertThat(stack.isSmtpRunning()).isTrue();
        assertThat(isFree(ports.kafka())).isFalse();
        assertThat(isFree(ports.smtp())).isFalse();
    }

    private JsonNode accessTokenClaims(Realm realm, String username) throws Exception {
        JsonNode tokens = post(endpoints.tokenUrl(realm), Map.of("grant_type", "password", "client_id", "esurety-cli",
                "username", username, "password", "demo", "scope", "openid"), null);
        assertThat(tokens.has("access_token")).as(tokens.toString()).isTrue();
        String payload = tokens.path("access_token").asText().split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }

    private JsonNode clientCredentials(Realm realm, String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return post(endpoints.tokenUrl(realm), Map.of("grant_type", "client_credentials"), "Basic " + basic);
    }

    private static JsonNode post(URI url, Map<String, String> form, String authorization) throws Exception {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
