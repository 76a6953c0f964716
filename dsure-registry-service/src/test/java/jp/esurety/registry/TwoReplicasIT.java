package jp.esurety.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.restassured.RestAssured;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static jp.esurety.registry.IssuanceEvents.KEY;
import static jp.esurety.registry.IssuanceEvents.OMITAMA;
import static jp.esurety.registry.IssuanceEvents.ordererToken;
import static jp.esurety.registry.IssuanceEvents.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the packaged service (quarkus-run.jar, two processes, one database): failures made on either count
 * towards the same lockout, because the state lives in PostgreSQL.
 */
class TwoReplicasIT {

    static final List<Process> replicas = new ArrayList<>();
    static final List<String> urls = new ArrayList<>();
    static final List<AutoCloseable> cleanup = new ArrayList<>();

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        Map<String, String> config = new HashMap<>();
        PostgresTestResource postgres = new PostgresTestResource();
        postgres.init(Map.of(PostgresTestResource.DATABASE_ARG, "registry_replicas"));
        config.putAll(postgres.start());
        config.putAll(new KafkaTestResource().start());
        OidcTestResource oidc = new OidcTestResource();
        config.putAll(oidc.start());
        cleanup.add(oidc::stop);
        MailTestResource mail = new MailTestResource();
        config.putAll(mail.start());
        KeyMaterialTestResource keys = new KeyMaterialTestResource();
        keys.init(Map.of(KeyMaterialTestResource.SERVICE_ARG, "registry"));
        config.putAll(keys.start());
        config.put("esurety.demo-data", "true");
        config.put("quarkus.log.level", "WARN");
        config.forEach(System::setProperty); // for this JVM's own producer

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < 2; i++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-Dquarkus.http.port=" + port));
            config.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.addAll(List.of("-jar", jar.toString()));
            File log = Files.createDirectories(Path.of("target/replicas")).resolve("replica-" + i + ".log").toFile();
            replicas.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start());
            urls.add("http://localhost:" + port);
        }
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        for (String url : urls) {
            while (true) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException e) {
                    // not listening yet
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(url + " did not become ready; see target/replicas/");
                }
                Thread.sleep(500);
            }
        }
    }

    @AfterAll
    static void stopReplicas() throws Exception {
        for (Process p : replicas) {
            p.destroy();
        }
        for (Process p : replicas) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        for (AutoCloseable c : cleanup) {
            c.close();
        }
    }

    static int lookup(String replica, String token, String number, String key) {
        return RestAssured.given().baseUri(replica).auth().oauth2(token).header("X-Forwarded-For", "10.9.8.7")
                .contentType("application/json").body(Map.of("contractNumber", number, "authenticationKey", key))
                .post("/api/v1/verifications").statusCode();
    }

    @Test
    void failuresOnEitherReplicaCountTowardsOneLockout() throws Exception {
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        EventProducer producer = new EventProducer(KafkaTestResource.bootstrapServers(), ConfigProvider.getConfig());
        IssuanceEvents issuance = new IssuanceEvents(producer, new EventCodec(mapper), mapper);
        String number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA);
        String a = urls.get(0);
        String b = urls.get(1);
        String probe = ordererToken(uniqueUser("probe"), OMITAMA, null);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (lookup(b, probe, number, KEY) != 200) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(500);
        }

        String token = ordererToken(uniqueUser("replicated"), OMITAMA, null);
        for (int i = 0; i < 3; i++) {
            assertThat(lookup(a, token, number, "WrongKeyA00" + i)).isEqualTo(404);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(lookup(b, token, number, "WrongKeyB00" + i)).isEqualTo(404);
        }
        assertThat(lookup(a, token, number, KEY)).as("replica A after 3 + 2 failures").isEqualTo(429);
        assertThat(lookup(b, token, number, KEY)).as("replica B after 3 + 2 failures").isEqualTo(429);
        assertThat(lookup(a, ordererToken(uniqueUser("colleague"), OMITAMA, null), number, KEY)).isEqualTo(200);
    }
}
