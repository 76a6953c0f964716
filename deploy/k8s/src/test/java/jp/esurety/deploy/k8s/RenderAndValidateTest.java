package jp.esurety.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay renders, and every object it renders (and every raw file) matches the schema of its kind. */
class RenderAndValidateTest {

    static java.util.stream.Stream<Manifests.ObjectSet> sets() {
        return Manifests.sets();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyObjectMatchesTheSchemaOfItsKind(Manifests.ObjectSet set) {
        assertThat(set.objects()).as("objects of " + set).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        set.objects().forEach(o -> problems.addAll(SchemaValidator.validate(o)));
        assertThat(problems).as(set + ": schema problems").isEmpty();
    }

    @Test
    void theRawFilesMatchTheirSchemasToo() {
        List<String> problems = new ArrayList<>();
        Manifests.raw().forEach(o -> problems.addAll(SchemaValidator.validate(o)));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void noTwoObjectsShareKindAndName(Manifests.ObjectSet set) {
        Map<String, Long> counts = set.objects().stream().collect(java.util.stream.Collectors.groupingBy(
                o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText(),
                java.util.stream.Collectors.counting()));
        assertThat(counts).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
    }

    @Test
    void theValidatorRejectsAMisspeltField() throws Exception {
        JsonNode deployment = Manifests.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: 1
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          readinessProbe:
                            httpGet: {path: /q/health/ready, port: 8080}
                            periodSecond: 5
                """);
        assertThat(SchemaValidator.validate(deployment)).singleElement().asString()
                .contains("Deployment x").contains("periodSecond");
    }

    @Test
    void theValidatorRejectsAnUnknownAclOperationAndAnUnknownKind() throws Exception {
        JsonNode user = Manifests.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: x}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: t, patternType: literal}
                        operations: [Publish]
                """);
        assertThat(SchemaValidator.validate(user)).singleElement().asString().contains("KafkaUser x");
        JsonNode unknown = Manifests.YAML.readTree("{apiVersion: example.com/v1, kind: Widget, metadata: {name: w}}");
        assertThat(SchemaValidator.validate(unknown)).singleElement().asString().contains("no schema known");
    }

    @Test
    void theHandWrittenCrdSchemasRejectUnknownFields() throws Exception {
        JsonNode cluster = Manifests.YAML.readTree("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: x-db}
                spec:
                  instances: 1
                  storage: {size: 1Gi}
                  backups: {retentionPolicy: 30d}
                """);
        assertThat(SchemaValidator.validate(cluster)).isNotEmpty();
    }
}
