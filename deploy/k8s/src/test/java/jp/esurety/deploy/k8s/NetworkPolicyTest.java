package jp.esurety.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Default deny; only the gateway and the registry portal take traffic from the ingress controller; the gateway
 * reaches the services' HTTP ports; each service reaches only its database, Kafka and the OIDC provider, plus the
 * SMTP relay for notification and the registry. Peers are summarised as strings, e.g. {@code pod:cnpg.io/cluster=issuance-db:5432}.
 */
class NetworkPolicyTest {

    static final Map<String, Integer> PORTS = Map.of("gateway", 8080, "application-service", 8081,
            "issuance-service", 8082, "dsure-registry-service", 8083, "notification-service", 8084);
    static final Map<String, String> DATABASES = Map.of("application-service", "application-db",
            "issuance-service", "issuance-db", "dsure-registry-service", "registry-db", "notification-service", "notification-db");
    static final String DNS = "ns:kubernetes.io/metadata.name=kube-system+pod:k8s-app=kube-dns:53/UDP";
    static final String DNS_TCP = "ns:kubernetes.io/metadata.name=kube-system+pod:k8s-app=kube-dns:53";
    static final String OIDC = "pod:app.kubernetes.io/instance=esurety-keycloak,app=keycloak:8080";
    static final String KAFKA = "pod:strimzi.io/cluster=esurety-kafka,strimzi.io/kind=Kafka:9093";
    static final String INGRESS_CONTROLLER = "ns:kubernetes.io/metadata.name=ingress-nginx";
    static final String MONITORING = "ns:kubernetes.io/metadata.name=monitoring";

    static Stream<Manifests.ObjectSet> sets() {
        return Manifests.sets();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyEsuretyPodIsDeniedByDefault(Manifests.ObjectSet set) {
        JsonNode deny = set.get("NetworkPolicy", "default-deny");
        assertThat(deny.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/part-of").asText()).isEqualTo("esurety");
        assertThat(deny.path("spec").path("ingress")).isEmpty();
        assertThat(deny.path("spec").path("egress")).isEmpty();
        assertThat(deny.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
        for (JsonNode d : set.ofKind("Deployment")) {
            assertThat(d.path("spec").path("template").path("metadata").path("labels").path("app.kubernetes.io/part-of").asText())
                    .as(d.path("metadata").path("name").asText() + " pods carry the part-of label").isEqualTo("esurety");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void onlyTheGatewayAndTheRegistryPortalAreReachableFromTheIngress(Manifests.ObjectSet set) {
        for (String service : Manifests.SERVICES) {
            Set<String> from = ingress(policyOf(set, service));
            int port = PORTS.get(service);
            Set<String> expected = new TreeSet<>(Set.of(MONITORING + ":" + port));
            if (service.equals("gateway") || service.equals("dsure-registry-service")) {
                expected.add(INGRESS_CONTROLLER + ":" + port);
            } else {
                expected.add("pod:app.kubernetes.io/name=gateway:" + port);
            }
            assertThat(from).as(set + " ingress of " + service).isEqualTo(expected);
        }
        Set<String> exposed = new TreeSet<>();
        for (JsonNode ingress : set.ofKind("Ingress")) {
            ingress.path("spec").path("rules").forEach(r -> r.path("http").path("paths")
                    .forEach(p -> exposed.add(p.path("backend").path("service").path("name").asText())));
        }
        assertThat(exposed).containsExactlyInAnyOrder("gateway", "dsure-registry-service", "esurety-keycloak-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theGatewayReachesOnlyTheServicesItRoutesToAndTheOidcProvider(Manifests.ObjectSet set) {
        assertThat(egress(policyOf(set, "gateway"))).isEqualTo(new TreeSet<>(Set.of(DNS, DNS_TCP, OIDC,
                "pod:app.kubernetes.io/name=application-service:8081",
                "pod:app.kubernetes.io/name=issuance-service:8082",
                "pod:app.kubernetes.io/name=notification-service:8084")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void eachServiceReachesOnlyItsDatabaseKafkaTheOidcProviderAndForMailTheSmtpRelay(Manifests.ObjectSet set) {
        for (String service : Manifests.EVENT_SERVICES) {
            Set<String> egress = egress(policyOf(set, service));
            Set<String> expected = new TreeSet<>(Set.of(DNS, DNS_TCP, OIDC, KAFKA,
                    "pod:cnpg.io/cluster=" + DATABASES.get(service) + ":5432"));
            boolean mails = service.equals("notification-service") || service.equals("dsure-registry-service");
            if (mails) {
                String smtp = egress.stream().filter(e -> e.startsWith("ip:")).findFirst().orElse("none");
                assertThat(smtp).as(set + " " + service + " SMTP relay").matches("ip:[0-9.]+/32:587");
                expected.add(smtp);
            }
            assertThat(egress).as(set + " egress of " + service).isEqualTo(expected);
        }
    }

    static JsonNode policyOf(Manifests.ObjectSet set, String service) {
        List<JsonNode> matching = set.ofKind("NetworkPolicy").stream()
                .filter(p -> service.equals(p.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText()))
                .toList();
        assertThat(matching).as(set + ": NetworkPolicies of " + service).hasSize(1);
        assertThat(matching.get(0).path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
        return matching.get(0);
    }

    static Set<String> ingress(JsonNode policy) {
        return peers(policy.path("spec").path("ingress"), "from");
    }

    static Set<String> egress(JsonNode policy) {
        return peers(policy.path("spec").path("egress"), "to");
    }

    /** A rule without peers or without ports allows everything: it is summarised as "ANY" so no expectation matches. */
    private static Set<String> peers(JsonNode rules, String field) {
        Set<String> out = new TreeSet<>();
        for (JsonNode rule : rules) {
            if (rule.path(field).isEmpty() || rule.path("ports").isEmpty()) {
                out.add("ANY");
                continue;
            }
            for (JsonNode peer : rule.path(field)) {
                for (JsonNode port : rule.path("ports")) {
                    String protocol = port.path("protocol").asText("TCP");
                    out.add(peer(peer) + ":" + port.path("port").asText() + (protocol.equals("TCP") ? "" : "/" + protocol));
                }
            }
        }
        return out;
    }

    private static String peer(JsonNode peer) {
        StringBuilder s = new StringBuilder();
        if (peer.has("namespaceSelector")) {
            s.append("ns:").append(labels(peer.path("namespaceSelector")));
        }
        if (peer.has("podSelector")) {
            s.append(s.isEmpty() ? "" : "+").append("pod:").append(labels(peer.path("podSelector")));
        }
        if (peer.has("ipBlock")) {
            s.append("ip:").append(peer.path("ipBlock").path("cidr").asText());
            if (peer.path("ipBlock").has("except")) {
                s.append("-except");
            }
        }
        return s.toString();
    }

    private static String labels(JsonNode selector) {
        Set<String> pairs = new TreeSet<>();
        selector.path("matchLabels").fields().forEachRemaining(e -> pairs.add(e.getKey() + "=" + e.getValue().asText()));
        if (selector.has("matchExpressions") || pairs.isEmpty()) {
            pairs.add("EXPR-OR-ALL");
        }
        return String.join(",", pairs);
    }
}
