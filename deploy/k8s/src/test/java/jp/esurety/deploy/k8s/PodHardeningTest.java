package jp.esurety.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every workload is probed, bounded, hardened, disruption-budgeted and shuts down gracefully. */
class PodHardeningTest {

    /** quarkus.shutdown.timeout the services are configured with (see docs/operations.md). */
    static final int QUARKUS_SHUTDOWN_TIMEOUT_SECONDS = 40;

    static Stream<Manifests.ObjectSet> sets() {
        return Manifests.sets();
    }

    static List<JsonNode> containers(JsonNode deployment) {
        List<JsonNode> all = new ArrayList<>();
        deployment.path("spec").path("template").path("spec").path("initContainers").forEach(all::add);
        deployment.path("spec").path("template").path("spec").path("containers").forEach(all::add);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyServiceIsADeploymentWithServiceAccountConfigMapAndService(Manifests.ObjectSet set) {
        for (String name : Manifests.SERVICES) {
            set.get("Deployment", name);
            set.get("ServiceAccount", name);
            assertThat(set.find("ConfigMap", name + "-config")).as(set + " ConfigMap " + name + "-config").isPresent();
            JsonNode service = set.get("Service", name);
            assertThat(service.path("spec").path("selector").path("app.kubernetes.io/name").asText()).isEqualTo(name);
        }
        assertThat(set.ofKind("Deployment")).extracting(d -> d.path("metadata").path("name").asText())
                .containsExactlyInAnyOrderElementsOf(Manifests.SERVICES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyContainerHasStartupLivenessAndReadinessProbesOnTheQuarkusHealthEndpoints(Manifests.ObjectSet set) {
        for (JsonNode deployment : set.ofKind("Deployment")) {
            for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
                String where = set + " " + deployment.path("metadata").path("name").asText() + "/" + c.path("name").asText();
                assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).as(where).isEqualTo("/q/health/started");
                assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).as(where).isEqualTo("/q/health/live");
                assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).as(where).isEqualTo("/q/health/ready");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyContainerHasCpuAndMemoryRequestsAndLimits(Manifests.ObjectSet set) {
        for (JsonNode deployment : set.ofKind("Deployment")) {
            for (JsonNode c : containers(deployment)) {
                String where = set + " " + deployment.path("metadata").path("name").asText() + "/" + c.path("name").asText();
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertThat(c.path("resources").path(bound).path(resource).asText()).as(where + " " + bound + "." + resource).isNotEmpty();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyContainerRunsAsNonRootOnAReadOnlyRootFilesystemWithoutCapabilities(Manifests.ObjectSet set) {
        for (JsonNode deployment : set.ofKind("Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(set + " " + name(deployment) + " token").isFalse();
            assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
            for (JsonNode c : containers(deployment)) {
                String where = set + " " + name(deployment) + "/" + c.path("name").asText();
                JsonNode sc = c.path("securityContext");
                boolean nonRoot = sc.path("runAsNonRoot").asBoolean(pod.path("securityContext").path("runAsNonRoot").asBoolean(false));
                assertThat(nonRoot).as(where + " runAsNonRoot").isTrue();
                assertThat(sc.path("readOnlyRootFilesystem").asBoolean(false)).as(where + " readOnlyRootFilesystem").isTrue();
                assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true)).as(where + " allowPrivilegeEscalation").isFalse();
                assertThat(sc.path("privileged").asBoolean(false)).as(where + " privileged").isFalse();
                List<String> dropped = new ArrayList<>();
                sc.path("capabilities").path("drop").forEach(d -> dropped.add(d.asText()));
                assertThat(dropped).as(where + " capabilities.drop").contains("ALL");
                assertThat(sc.path("capabilities").path("add")).as(where + " capabilities.add").isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyDeploymentHasAPodDisruptionBudgetSelectingItsPods(Manifests.ObjectSet set) {
        for (JsonNode deployment : set.ofKind("Deployment")) {
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            boolean covered = set.ofKind("PodDisruptionBudget").stream().anyMatch(pdb -> {
                JsonNode match = pdb.path("spec").path("selector").path("matchLabels");
                List<Boolean> all = new ArrayList<>();
                match.fields().forEachRemaining(e -> all.add(e.getValue().asText().equals(podLabels.path(e.getKey()).asText())));
                return !all.isEmpty() && !all.contains(false);
            });
            assertThat(covered).as(set + " PDB for " + name(deployment)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theGatewayAndTheRegistryScaleHorizontally(Manifests.ObjectSet set) {
        assertThat(set.ofKind("HorizontalPodAutoscaler")).extracting(h -> h.path("spec").path("scaleTargetRef").path("name").asText())
                .containsExactlyInAnyOrder("gateway", "dsure-registry-service");
        set.ofKind("HorizontalPodAutoscaler").forEach(h -> assertThat(h.path("spec").path("maxReplicas").asInt())
                .isGreaterThan(h.path("spec").path("minReplicas").asInt()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void shutdownLeavesTheOutboxRelayAndTheConsumersTimeToFinish(Manifests.ObjectSet set) {
        for (JsonNode deployment : set.ofKind("Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            int preStop = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asInt(0);
            assertThat(preStop).as(set + " " + name(deployment) + " preStop sleep").isPositive();
            assertThat(pod.path("terminationGracePeriodSeconds").asInt(30)).as(set + " " + name(deployment) + " grace period")
                    .isGreaterThanOrEqualTo(preStop + QUARKUS_SHUTDOWN_TIMEOUT_SECONDS);
            assertThat(deployment.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(-1)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyImageIsTheReleaseTagOfTheImagesComponent(Manifests.ObjectSet set) {
        Assumptions.assumeTrue(set.name().startsWith("overlays/"), "images are set by the overlays' components only");
        String version = System.getProperty("esurety.project.version", "0.1.0-SNAPSHOT");
        for (JsonNode deployment : set.ofKind("Deployment")) {
            for (JsonNode c : containers(deployment)) {
                assertThat(c.path("image").asText()).as(set + " " + name(deployment))
                        .isEqualTo("registry.esurety.example.jp/esurety/" + name(deployment) + ":" + version);
            }
        }
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
