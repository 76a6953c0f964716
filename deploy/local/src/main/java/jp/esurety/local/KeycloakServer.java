package jp.esurety.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Keycloak run from its distribution on the stack's PostgreSQL, with the realms of {@code deploy/local/keycloak}.
 *
 * <p>Realm files use Keycloak's {@code ${ENV}} placeholders for client secrets and public URLs; their values are
 * passed in the environment. {@code start --import-realm} only creates realms that do not exist yet, so when the
 * realm files or the values put into them changed since the last import (edited realm, other port offset), the
 * realms are re-imported with {@code kc.sh import --override true} before the start.
 */
final class KeycloakServer {

    /** Local-only administrator of the {@code master} realm. */
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private static final String HOST = "127.0.0.1";
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(5);

    private final ChildProcess process;
    private final ProcessGroup processes;

    private KeycloakServer(ChildProcess process, ProcessGroup processes) {
        this.process = process;
        this.processes = processes;
    }

    /**
     * Everything Keycloak needs from the rest of the stack.
     *
     * @param distribution the built distribution
     * @param javaHome     the JDK to run it on
     * @param stateDir     {@code <data>/keycloak}: remembers what was imported
     * @param logsDir      where {@code keycloak.log} goes
     * @param httpPort     realms and admin console
     * @param managementPort health endpoints
     * @param jdbcUrl      its own database
     * @param dbUsername   database user
     * @param dbPassword   database password
     * @param placeholders values of the {@code ${ENV}} placeholders in the realm files
     * @param timeout      how long the start may take
     */
    record Settings(KeycloakDistribution distribution, Path javaHome, Path stateDir, Path logsDir, int httpPort,
                    int managementPort, String jdbcUrl, String dbUsername, String dbPassword,
                    Map<String, String> placeholders, Duration timeout) {
    }

    /**
     * Imports changed realms, starts Keycloak and waits until it is ready.
     *
     * @param processes runs the import and Keycloak
     * @throws IllegalStateException naming the log file when Keycloak fails or is not ready in time
     */
    static KeycloakServer start(Settings settings, ProcessGroup processes, Consumer<String> progress) {
        Path importDir = LocalFiles.createDirectories(settings.distribution().importDir());
        String fingerprint = copyRealms(importDir, settings.placeholders());
        Path stamp = settings.stateDir().resolve("realms.sha256");
        String imported = LocalFiles.readIfExists(stamp);
        if (imported != null && !imported.equals(fingerprint)) {
            progress.accept("realm files or their values changed since the last import: re-importing (about 30 s)");
            List<String> command = command(settings, "import", "--dir=" + importDir, "--override=true");
            processes.run("Keycloak realm import", command, environment(settings),
                    settings.distribution().home(), settings.logsDir().resolve("keycloak-import.log"),
                    IMPORT_TIMEOUT);
        }
        progress.accept("starting Keycloak on port " + settings.httpPort());
        List<String> command = command(settings, "start", "--http-enabled=true", "--http-host=" + HOST,
                "--http-port=" + settings.httpPort(), "--hostname-strict=false", "--import-realm");
        ChildProcess child = processes.start("Keycloak", command, environment(settings),
                settings.distribution().home(), settings.logsDir().resolve("keycloak.log"));
        URI health = URI.create("http://" + HOST + ":" + settings.managementPort() + "/health/ready");
        ChildProcess.awaitReady(Map.of(child, health), settings.timeout());
        LocalFiles.writeString(stamp, fingerprint);
        return new KeycloakServer(child, processes);
    }

    /** Stops Keycloak gracefully, or kills it after the group's grace time. */
    void stop() {
        processes.stop(List.of(process));
    }

    /** {@code kc.sh <verb> --optimized} with the options every command of this stack shares. */
    private static List<String> command(Settings settings, String verb, String... options) {
        List<String> command = new ArrayList<>(List.of(settings.distribution().script().toString(), verb,
                "--optimized", "--cache=local", "--http-management-host=" + HOST,
                "--http-management-port=" + settings.managementPort()));
        command.addAll(List.of(options));
        return command;
    }

    private static Map<String, String> environment(Settings settings) {
        Map<String, String> environment = new LinkedHashMap<>(settings.placeholders());
        environment.put("JAVA_HOME", settings.javaHome().toString());
        environment.put("KC_DB_URL", settings.jdbcUrl());
        environment.put("KC_DB_USERNAME", settings.dbUsername());
        environment.put("KC_DB_PASSWORD", settings.dbPassword());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return environment;
    }

    /**
     * Puts the realm files into the import folder.
     *
     * @return a digest of the realm files and the placeholder values that go into them
     */
    private static String copyRealms(Path importDir, Map<String, String> placeholders) {
        MessageDigest digest = sha256();
        for (Realm realm : Realm.values()) {
            byte[] content = realmFile(realm);
            digest.update(content);
            try {
                Path temporary = Files.createTempFile(importDir, ".new-", ".tmp");
                Files.write(temporary, content);
                Files.move(temporary, importDir.resolve(realm.fileName()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the realm file into " + importDir, e);
            }
        }
        new TreeMap<>(placeholders).forEach((name, value) ->
                digest.update((name + "=" + value + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the realm's import file, as packaged from {@code deploy/local/keycloak} */
    static byte[] realmFile(Realm realm) {
        try (InputStream in = KeycloakServer.class.getResourceAsStream(realm.resource())) {
            if (in == null) {
                throw new IllegalStateException(realm.resource() + " missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + realm.resource(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JDK", e);
        }
    }
}
