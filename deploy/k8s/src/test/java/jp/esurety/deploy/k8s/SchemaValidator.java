package jp.esurety.deploy.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates one Kubernetes object against the schema of its kind:
 * <ul>
 *   <li>core kinds and Strimzi's CRDs through their Java models (fabric8 kubernetes-model, {@code io.strimzi:api}):
 *   the object must deserialize into the typed model (wrong types and unknown enum values fail) and no field may be
 *   left over as an unknown "additional property" anywhere in it (misspelt or misplaced fields fail);</li>
 *   <li>CloudNativePG, Keycloak-operator and Prometheus-operator CRDs, for which no Maven artifact ships a schema or a model, against JSON
 *   Schemas in {@code src/test/resources/crd-schemas/}, written by hand from the operators' CRD references (each file
 *   says so and from which version).</li>
 * </ul>
 * A kind with neither is an error, so nothing reaches a cluster unchecked.
 */
final class SchemaValidator {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class));

    /** Hand-written schemas: apiVersion/kind to resource file. */
    static final Map<String, String> HAND_WRITTEN = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "crd-schemas/postgresql.cnpg.io_v1_Cluster.json",
            "postgresql.cnpg.io/v1/ScheduledBackup", "crd-schemas/postgresql.cnpg.io_v1_ScheduledBackup.json",
            "k8s.keycloak.org/v2alpha1/Keycloak", "crd-schemas/k8s.keycloak.org_v2alpha1_Keycloak.json",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "crd-schemas/k8s.keycloak.org_v2alpha1_KeycloakRealmImport.json",
            "monitoring.coreos.com/v1/PodMonitor", "crd-schemas/monitoring.coreos.com_v1_PodMonitor.json",
            "monitoring.coreos.com/v1/PrometheusRule", "crd-schemas/monitoring.coreos.com_v1_PrometheusRule.json");

    private static final Map<String, JsonSchema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

    private SchemaValidator() {
    }

    static String typeOf(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    /** The problems found; empty when the object is valid. */
    static List<String> validate(JsonNode object) {
        String type = typeOf(object);
        String where = type + " " + object.path("metadata").path("name").asText("<no name>");
        List<String> problems = new ArrayList<>();
        if (object.path("metadata").path("name").asText().isEmpty()) {
            problems.add(where + ": metadata.name is missing");
        }
        Class<?> model = MODELS.get(type);
        if (model != null) {
            try {
                Object typed = MAPPER.treeToValue(object, model);
                unknownFields(typed, "", Collections.newSetFromMap(new IdentityHashMap<>()), problems);
                List<String> lost = new ArrayList<>();
                lostValues(object, MAPPER.valueToTree(typed), "", lost);
                lost.forEach(l -> problems.add(where + ": value not understood by the model at " + l));
            } catch (IOException e) {
                problems.add(where + ": does not match the " + model.getName() + " model: " + e.getMessage().lines().findFirst().orElse(""));
            }
            return problems.stream().map(p -> p.startsWith(where) ? p : where + ": unknown field " + p).toList();
        }
        String schemaFile = HAND_WRITTEN.get(type);
        if (schemaFile == null) {
            return List.of(where + ": no schema known for this kind (add its model or a hand-written schema)");
        }
        Set<ValidationMessage> messages = schema(schemaFile).validate(object);
        messages.forEach(m -> problems.add(where + ": " + m.getMessage()));
        return problems;
    }

    private static JsonSchema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, r -> {
            try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("missing schema " + r);
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Manifests.JSON.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every leaf of the input must come back unchanged from the typed model (unknown enum values turn to null). */
    private static void lostValues(JsonNode input, JsonNode output, String path, List<String> lost) {
        if (input.isObject()) {
            input.fields().forEachRemaining(e -> {
                JsonNode out = output == null ? null : output.get(e.getKey());
                lostValues(e.getValue(), out, path + "." + e.getKey(), lost);
            });
        } else if (input.isArray()) {
            for (int i = 0; i < input.size(); i++) {
                lostValues(input.get(i), output == null ? null : output.get(i), path + "[" + i + "]", lost);
            }
        } else if (!input.isNull() && output != null && (output.isNull() || !input.asText().equals(output.asText()))) {
            // a leaf the model dropped (a default it does not write back) is fine; one it turned into null or
            // another value (an unknown enum constant, a number it could not read) is not
            lost.add(path.substring(1) + " = " + input.asText());
        }
    }

    /** Walks the typed object through its getters; every model class keeps unknown fields in additionalProperties. */
    private static void unknownFields(Object value, String path, Set<Object> seen, List<String> problems) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", seen, problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, seen, problems));
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object result;
            try {
                result = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (result instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> problems.add((path.isEmpty() ? "" : path.substring(1) + ".") + k));
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            unknownFields(result, path + "." + field, seen, problems);
        }
    }
}
