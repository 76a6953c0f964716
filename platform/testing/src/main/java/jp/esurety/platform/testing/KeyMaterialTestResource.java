package jp.esurety.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jp.esurety.platform.crypto.ServiceKeyMaterial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A deployment's key material (see {@link ServiceKeyMaterial}) generated once per JVM into a temp folder; the
 * service under test gets its own sub-folder as {@code esurety.keys.dir} (init arg {@code service}). Tests reach the
 * other services' keys through {@link #root()}, e.g. to unseal what the service sealed for the registry.
 */
public class KeyMaterialTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_ARG = "service";
    private static final String ROOT_PROPERTY = "esurety-testing.keys.root";

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault(SERVICE_ARG, "issuance");
    }

    @Override
    public Map<String, String> start() {
        return Map.of("esurety.keys.dir", root().resolve(service).toString());
    }

    @Override
    public void stop() {
        // kept for later test classes of this JVM
    }

    /** The root of the generated layout (created on first use, shared across class loaders via a system property). */
    public static synchronized Path root() {
        String existing = System.getProperty(ROOT_PROPERTY);
        if (existing != null) {
            return Path.of(existing);
        }
        try {
            Path root = ServiceKeyMaterial.generateIfAbsent(Files.createTempDirectory("esurety-keys"));
            System.setProperty(ROOT_PROPERTY, root.toString());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
