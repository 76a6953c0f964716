package jp.esurety.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The five services of the system, as the local stack runs them: one Quarkus app per Maven module. */
public enum Service {

    APPLICATION("application-service", 8081, "application", Realm.NETDESK, null, false),
    ISSUANCE("issuance-service", 8082, "issuance", Realm.NETDESK, "issuance", false),
    REGISTRY("dsure-registry-service", 8083, "registry", Realm.DSURE, "registry", true),
    NOTIFICATION("notification-service", 8084, "notification", Realm.NETDESK, "notification", true),
    GATEWAY("gateway", 8080, null, Realm.NETDESK, null, false);

    private final String module;
    private final int defaultPort;
    private final String database;
    private final Realm realm;
    private final String keysFolder;
    private final boolean sendsMail;

    Service(String module, int defaultPort, String database, Realm realm, String keysFolder, boolean sendsMail) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
        this.realm = realm;
        this.keysFolder = keysFolder;
        this.sendsMail = sendsMail;
    }

    /** @return the Maven module (folder under the repository root), also the name of its log file */
    public String module() {
        return module;
    }

    /** @return its HTTP port when the port offset is 0 */
    public int defaultPort() {
        return defaultPort;
    }

    /** @return its own PostgreSQL database, empty for the gateway */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** @return the Keycloak realm whose tokens it accepts */
    public Realm realm() {
        return realm;
    }

    /** @return its folder under {@code <data>/keys}, empty when it needs no key material of its own */
    public Optional<String> keysFolder() {
        return Optional.ofNullable(keysFolder);
    }

    /** @return whether it sends mail over SMTP */
    public boolean sendsMail() {
        return sendsMail;
    }

    /** @return {@code <repo>/<module>/target/quarkus-app/quarkus-run.jar} */
    public Path runnerJar(Path repoDir) {
        return repoDir.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * @param module a module name such as {@code issuance-service}
     * @return the service built by that module
     * @throws IllegalArgumentException for an unknown name
     */
    public static Service ofModule(String module) {
        return Arrays.stream(values())
                .filter(service -> service.module.equals(module))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service '" + module + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(Service::module).toList())));
    }
}
