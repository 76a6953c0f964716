package jp.esurety.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution ({@code org.keycloak:keycloak-quarkus-dist} zip, a dependency of this module),
 * unpacked once into a cache folder and built once for PostgreSQL ({@code kc.sh build}), so that every start can
 * use {@code start --optimized}.
 */
final class KeycloakDistribution {

    private static final Properties BUILD_INFO = buildInfo();
    /** The Keycloak version this module depends on. */
    static final String VERSION = BUILD_INFO.getProperty("version");
    /** Build-time options; a change triggers a new {@code kc.sh build}. */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");

    private static final String BUILD_MARKER = ".esurety-build-options";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

    private final Path home;

    private KeycloakDistribution(Path home) {
        this.home = home;
    }

    /**
     * Unpacks and builds the distribution unless that was done already with the same options.
     *
     * @param home     the cache folder, e.g. {@code <data>/keycloak/dist-26.7.3}
     * @param javaHome the JDK Keycloak runs on
     * @param logsDir   where {@code keycloak-build.log} goes
     * @param processes runs the build
     * @param progress  receives a line before each slow step
     */
    static KeycloakDistribution prepare(Path home, Path javaHome, Path logsDir, ProcessGroup processes,
                                        Consumer<String> progress) {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            Path zip = locateZip();
            progress.accept("unpacking Keycloak " + VERSION + " into " + home);
            unpack(zip, home);
        }
        KeycloakDistribution distribution = new KeycloakDistribution(home);
        String options = String.join(" ", BUILD_OPTIONS);
        Path marker = home.resolve(BUILD_MARKER);
        if (!options.equals(LocalFiles.readIfExists(marker))) {
            progress.accept("building Keycloak for PostgreSQL (once, about 40 s)");
            List<String> command = new ArrayList<>(List.of(distribution.script().toString(), "build"));
            command.addAll(BUILD_OPTIONS);
            processes.run("Keycloak build", command, Map.of("JAVA_HOME", javaHome.toString()), home,
                    logsDir.resolve("keycloak-build.log"), BUILD_TIMEOUT);
            LocalFiles.writeString(marker, options);
        }
        return distribution;
    }

    /** @return the distribution's folder ({@code kc.home.dir}) */
    Path home() {
        return home;
    }

    /** @return {@code bin/kc.sh} */
    Path script() {
        return home.resolve("bin/kc.sh");
    }

    /** @return {@code data/import}, read by {@code start --import-realm} */
    Path importDir() {
        return home.resolve("data/import");
    }

    /** The zip in the local Maven repository, where this module's build resolved it. */
    private static Path locateZip() {
        String relative = "org/keycloak/keycloak-quarkus-dist/" + VERSION + "/keycloak-quarkus-dist-" + VERSION
                + ".zip";
        List<Path> candidates = Stream.of(
                        BUILD_INFO.getProperty("zip"),
                        System.getProperty("maven.repo.local") == null ? null
                                : System.getProperty("maven.repo.local") + "/" + relative,
                        System.getProperty("user.home") + "/.m2/repository/" + relative)
                .filter(candidate -> candidate != null && !candidate.contains("${"))
                .map(Path::of)
                .toList();
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() ->
                new IllegalStateException("the Keycloak distribution is not in the local Maven repository (looked at "
                        + candidates + "); build first: ./mvnw install -DskipTests"));
    }

    /** Unpacks into a sibling folder first, so an interrupted unpack never looks complete. */
    private static void unpack(Path zip, Path home) {
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        try {
            LocalFiles.deleteTree(partial);
            Files.createDirectories(partial);
            try (ZipFile archive = new ZipFile(zip.toFile())) {
                Enumeration<? extends ZipEntry> entries = archive.entries();
                while (entries.hasMoreElements()) {
                    extract(archive, entries.nextElement(), partial);
                }
            }
            LocalFiles.deleteTree(home);
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip + " into " + home, e);
        }
    }

    /** Extracts one entry, dropping the archive's top folder ({@code keycloak-<version>/}). */
    private static void extract(ZipFile archive, ZipEntry entry, Path target) throws IOException {
        String name = entry.getName();
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
            return;
        }
        Path destination = target.resolve(name.substring(slash + 1)).normalize();
        if (!destination.startsWith(target)) {
            throw new IOException("zip entry outside the target folder: " + name);
        }
        if (entry.isDirectory()) {
            Files.createDirectories(destination);
            return;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
            Files.copy(in, destination);
        }
        if (name.endsWith(".sh")) {
            destination.toFile().setExecutable(true, false);
        }
    }

    private static Properties buildInfo() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("keycloak-dist.properties")) {
            if (in == null) {
                throw new IllegalStateException("keycloak-dist.properties missing from the class path");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read keycloak-dist.properties", e);
        }
    }
}
