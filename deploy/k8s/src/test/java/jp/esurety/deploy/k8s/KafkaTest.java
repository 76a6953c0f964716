package jp.esurety.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Topics and Kafka users follow the event catalogue (docs/events/asyncapi.yaml) exactly. */
class KafkaTest {

    static final EventCatalogue CATALOGUE = EventCatalogue.load();

    static Stream<Manifests.ObjectSet> sets() {
        return Manifests.sets();
    }

    /** A small map kept by hand, so a change of the catalogue is a visible change of this test too. */
    @Test
    void theCatalogueReadsAsTheArchitectureDescribesIt() {
        assertThat(CATALOGUE.publisherByTopic()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "application-events", "application-service",
                "issuance-events", "issuance-service",
                "registry-events", "dsure-registry-service",
                "notification-events", "notification-service"));
        assertThat(CATALOGUE.consumersByTopic()).containsOnlyKeys(CATALOGUE.topics());
        assertThat(CATALOGUE.consumed("issuance-service")).containsExactlyInAnyOrder("application-events", "registry-events");
        assertThat(CATALOGUE.consumed("dsure-registry-service")).containsExactly("issuance-events");
        assertThat(CATALOGUE.consumed("notification-service"))
                .containsExactlyInAnyOrder("application-events", "issuance-events", "registry-events");
        assertThat(CATALOGUE.consumed("application-service"))
                .containsExactlyInAnyOrder("issuance-events", "registry-events", "notification-events");
    }

    /** What a service subscribes to in its application.properties must be in the catalogue (and so in its ACLs). */
    @Test
    void everyTopicAServiceSubscribesToIsOneTheCatalogueLetsItConsume() {
        Pattern incoming = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[^.]+\\.topics?=(.+)$");
        for (String service : Manifests.EVENT_SERVICES) {
            String properties = Manifests.read(Manifests.repoDir().resolve(service).resolve("src/main/resources/application.properties"));
            Matcher m = incoming.matcher(properties);
            List<String> subscribed = new ArrayList<>();
            while (m.find()) {
                for (String t : m.group(1).split(",")) {
                    subscribed.add(t.strip());
                }
            }
            assertThat(CATALOGUE.consumed(service)).as(service + " subscribes to").containsAll(subscribed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyTopicAndDeadLetterTopicOfTheCatalogueHasAKafkaTopicAndNothingElseDoes(Manifests.ObjectSet set) {
        Set<String> expected = new TreeSet<>(CATALOGUE.topics());
        expected.addAll(CATALOGUE.deadLetterTopics());
        Set<String> declared = new TreeSet<>();
        for (JsonNode topic : set.ofKind("KafkaTopic")) {
            String name = topic.path("spec").path("topicName").asText(topic.path("metadata").path("name").asText());
            declared.add(name);
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("esurety-kafka");
            assertThat(topic.path("spec").path("config").path("retention.ms").asText()).as(set + " " + name + " retention").isNotEmpty();
            assertThat(topic.path("spec").path("partitions").asInt()).as(set + " " + name + " partitions").isPositive();
            if (CATALOGUE.topics().contains(name)) {
                assertThat(topic.path("spec").path("partitions").asInt()).as(set + " " + name + " partitions").isGreaterThanOrEqualTo(3);
            }
        }
        assertThat(declared).isEqualTo(expected);
    }

    @Test
    void productionTopicsAreReplicatedThreeTimesAndSurviveOneBrokerDown() {
        if (Manifests.kubectl().isEmpty()) {
            return;
        }
        Manifests.ObjectSet prod = new Manifests.ObjectSet("prod", Manifests.rendered("prod"));
        for (JsonNode topic : prod.ofKind("KafkaTopic")) {
            assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(3);
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").asText()).isEqualTo("2");
        }
        assertThat(prod.get("KafkaNodePool", "dual-role").path("spec").path("replicas").asInt()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theClusterRunsInKraftModeWithAuthenticatedListenersAndAclAuthorization(Manifests.ObjectSet set) {
        JsonNode kafka = set.get("Kafka", "esurety-kafka");
        List<String> roles = new ArrayList<>();
        set.get("KafkaNodePool", "dual-role").path("spec").path("roles").forEach(r -> roles.add(r.asText()));
        assertThat(roles).contains("controller", "broker");
        assertThat(kafka.path("spec").has("zookeeper")).isFalse();
        assertThat(kafka.path("spec").path("kafka").path("authorization").path("type").asText()).isEqualTo("simple");
        assertThat(kafka.path("spec").path("kafka").path("config").path("auto.create.topics.enable").asBoolean(true)).isFalse();
        kafka.path("spec").path("kafka").path("listeners").forEach(l -> {
            assertThat(l.path("tls").asBoolean()).as("listener " + l.path("name").asText() + " TLS").isTrue();
            assertThat(l.path("authentication").path("type").asText()).as("listener authentication").isEqualTo("scram-sha-512");
        });
        assertThat(kafka.path("spec").path("entityOperator").has("topicOperator")).isTrue();
        assertThat(kafka.path("spec").path("entityOperator").has("userOperator")).isTrue();
    }

    /** Writes only its own topic and its own DLTs; reads only what it consumes; commits only its own group. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyServiceHasAKafkaUserWhoseAclsAreExactlyWhatItPublishesAndConsumes(Manifests.ObjectSet set) {
        for (String service : Manifests.EVENT_SERVICES) {
            JsonNode user = set.get("KafkaUser", service);
            assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
            assertThat(user.path("spec").path("authorization").path("type").asText()).isEqualTo("simple");
            assertThat(acls(user)).as(set + " KafkaUser " + service).isEqualTo(expectedAcls(service));
        }
        assertThat(set.find("KafkaUser", "gateway")).as("the gateway does not use Kafka").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theOpsUserOnlyReadsDeadLetterTopics(Manifests.ObjectSet set) {
        Set<String> acls = acls(set.get("KafkaUser", "esurety-ops"));
        Set<String> expected = new TreeSet<>();
        CATALOGUE.deadLetterTopics().forEach(d -> {
            expected.add("topic:literal:" + d + ":Read");
            expected.add("topic:literal:" + d + ":Describe");
        });
        expected.add("group:prefix:esurety-ops:Read");
        assertThat(acls).isEqualTo(expected);
    }

    static Set<String> expectedAcls(String service) {
        Set<String> expected = new TreeSet<>();
        expected.add("cluster:literal:kafka-cluster:IdempotentWrite");
        for (String topic : CATALOGUE.published(service)) {
            expected.add("topic:literal:" + topic + ":Write");
            expected.add("topic:literal:" + topic + ":Describe");
        }
        for (String topic : CATALOGUE.consumed(service)) {
            expected.add("topic:literal:" + topic + ":Read");
            expected.add("topic:literal:" + topic + ":Describe");
            expected.add("topic:literal:" + EventCatalogue.dlt(topic, service) + ":Write");
            expected.add("topic:literal:" + EventCatalogue.dlt(topic, service) + ":Describe");
        }
        if (!CATALOGUE.consumed(service).isEmpty()) {
            expected.add("group:literal:" + service + ":Read");
        }
        return expected;
    }

    /** Each ACL rule as type:pattern:name:operation (allow rules only; a deny rule fails the comparison). */
    static Set<String> acls(JsonNode user) {
        Set<String> acls = new TreeSet<>();
        for (JsonNode rule : user.path("spec").path("authorization").path("acls")) {
            JsonNode resource = rule.path("resource");
            String type = resource.path("type").asText();
            String name = type.equals("cluster") ? "kafka-cluster" : resource.path("name").asText();
            String pattern = resource.path("patternType").asText("literal");
            String effect = rule.path("type").asText("allow");
            for (JsonNode op : rule.path("operations")) {
                acls.add((effect.equals("allow") ? "" : effect + ":") + type + ":" + pattern + ":" + name + ":" + op.asText());
            }
        }
        return acls;
    }

    @Test
    void theExpectedAclsOfTheRegistryAreSpelledOut() {
        assertThat(expectedAcls("dsure-registry-service")).containsExactlyInAnyOrder(
                "cluster:literal:kafka-cluster:IdempotentWrite",
                "topic:literal:registry-events:Write", "topic:literal:registry-events:Describe",
                "topic:literal:issuance-events:Read", "topic:literal:issuance-events:Describe",
                "topic:literal:issuance-events.dsure-registry-service.dlt:Write",
                "topic:literal:issuance-events.dsure-registry-service.dlt:Describe",
                "group:literal:dsure-registry-service:Read");
    }
}
