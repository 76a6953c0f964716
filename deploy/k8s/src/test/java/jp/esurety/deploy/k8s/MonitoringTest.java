package jp.esurety.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus scrapes every service, and the alerts use metrics the code really registers. */
class MonitoringTest {

    private static final Pattern METER_NAME = Pattern.compile("\"(esurety(?:\\.[a-z0-9]+)+)\"");
    private static final Pattern ESURETY_METRIC = Pattern.compile("\\besurety_[a-z0-9_]+");

    static Manifests.ObjectSet monitoring() {
        if (Manifests.kubectl().isPresent()) {
            return new Manifests.ObjectSet("overlays/prod", Manifests.rendered("prod"));
        }
        return new Manifests.ObjectSet("components/monitoring (raw)", Manifests.parse(
                Manifests.read(Manifests.k8sDir().resolve("components/monitoring/monitoring.yaml"))));
    }

    @Test
    void everyServicePodIsScrapedOnItsHttpPort() {
        JsonNode monitor = monitoring().get("PodMonitor", "esurety-services");
        assertThat(monitor.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/part-of").asText()).isEqualTo("esurety");
        JsonNode endpoint = monitor.path("spec").path("podMetricsEndpoints").get(0);
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        Manifests.ObjectSet raw = new Manifests.ObjectSet("raw", Manifests.raw());
        for (String service : Manifests.SERVICES) {
            JsonNode ports = raw.get("Deployment", service).path("spec").path("template").path("spec").path("containers").get(0).path("ports");
            List<String> names = new ArrayList<>();
            ports.forEach(p -> names.add(p.path("name").asText()));
            assertThat(names).as(service).contains(endpoint.path("port").asText());
        }
    }

    @Test
    void theAlertsUseOnlyMetricsTheServicesRegister() {
        Set<String> registered = registeredMeters();
        assertThat(registered).contains("esurety.outbox.pending", "esurety.dlt.published");
        Set<String> used = new TreeSet<>();
        for (JsonNode group : monitoring().get("PrometheusRule", "esurety-alerts").path("spec").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                Matcher m = ESURETY_METRIC.matcher(rule.path("expr").asText());
                while (m.find()) {
                    used.add(m.group());
                }
            }
        }
        assertThat(used).isNotEmpty();
        for (String metric : used) {
            String meter = metric.replaceFirst("_total$", "").replace('_', '.');
            assertThat(registered).as("Micrometer meter behind " + metric).contains(meter);
        }
    }

    /** Names in quotes like "esurety.outbox.pending" in the main Java sources of every module. */
    static Set<String> registeredMeters() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Manifests.repoDir())) {
            files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")
                            && !p.toString().contains("/target/") && !p.toString().contains("/node_modules/"))
                    .forEach(p -> {
                        Matcher m = METER_NAME.matcher(Manifests.read(p));
                        while (m.find()) {
                            names.add(m.group(1));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
