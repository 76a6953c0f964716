package jp.esurety.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The manifests as a cluster would receive them: every overlay rendered by {@code kubectl kustomize}. Where kubectl
 * is missing, the overlays cannot be rendered (there is no kustomize in Java); the tests then say so and check the
 * raw files of base and components instead, which carry every object the overlays only patch.
 */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> OVERLAYS = List.of("dev", "prod");

    /** The e-Surety workloads: every one of them is a Deployment of the same name. */
    static final List<String> SERVICES = List.of("gateway", "application-service", "issuance-service",
            "dsure-registry-service", "notification-service");

    /** The services that publish and consume events (the gateway does neither). */
    static final List<String> EVENT_SERVICES = List.of("application-service", "issuance-service",
            "dsure-registry-service", "notification-service");

    private static final java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    static Path k8sDir() {
        return Path.of(System.getProperty("esurety.k8s.dir", ".")).toAbsolutePath().normalize();
    }

    static Path repoDir() {
        String repo = System.getProperty("esurety.repo.dir");
        return repo != null ? Path.of(repo) : k8sDir().resolve("../..").normalize();
    }

    /** kubectl from {@code -Desurety.kubectl=PATH} ({@code none} to try the no-kubectl path), else from PATH. */
    static Optional<String> kubectl() {
        String configured = System.getProperty("esurety.kubectl", "");
        if (configured.equals("none")) {
            return Optional.empty();
        }
        if (!configured.isEmpty()) {
            return Optional.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    /** What the policy tests check: the rendered overlays, or (without kubectl) the raw base + components. */
    static Stream<ObjectSet> sets() {
        if (kubectl().isPresent()) {
            return OVERLAYS.stream().map(o -> new ObjectSet("overlays/" + o, rendered(o)));
        }
        if (!warned.getAndSet(true)) {
            System.err.println("[deploy/k8s] kubectl not found on PATH: overlays are NOT rendered; checking the raw files of"
                + " base/ and components/ instead. Install kubectl >= 1.32 (kustomize >= 5.5) to check the overlays.");
        }
        return Stream.of(new ObjectSet("base+components (raw files)", raw()));
    }

    static List<JsonNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render);
    }

    private static List<JsonNode> render(String overlay) {
        String kubectl = kubectl().orElseThrow(() -> new IllegalStateException("kubectl not on PATH"));
        try {
            Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Path err = Files.createTempFile("kustomize-" + overlay, ".err");
            Process process = new ProcessBuilder(kubectl, "kustomize", k8sDir().resolve("overlays").resolve(overlay).toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize overlays/" + overlay + " took longer than 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize overlays/" + overlay + " failed:\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            List<JsonNode> objects = parse(Files.readString(out, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every object written in base/ and components/ (the overlays only patch them, or add a few of their own). */
    static List<JsonNode> raw() {
        List<JsonNode> all = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                all.addAll(parse(read(file)));
            }
        }
        return all;
    }

    static List<Path> yamlFiles() {
        try (Stream<Path> files = Stream.of("base", "components")
                .map(k8sDir()::resolve).flatMap(Manifests::walk)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    objects.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    /** A named set of Kubernetes objects. */
    record ObjectSet(String name, List<JsonNode> objects) {

        List<JsonNode> ofKind(String kind) {
            return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
        }

        Optional<JsonNode> find(String kind, String name) {
            return ofKind(kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
        }

        JsonNode get(String kind, String name) {
            return find(kind, name).orElseThrow(() -> new AssertionError(this.name + ": no " + kind + " " + name));
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
