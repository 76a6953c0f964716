package jp.esurety.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to start and where: built with {@link #builder()} (library use) or parsed from the command line by
 * {@link #parse(String...)}.
 *
 * @param repoDir           the repository root, where the services' jars are built; {@code null} only when no
 *                          service runs and the data folder was given
 * @param dataDir           the one folder for all data, keys and logs, kept between runs
 * @param portOffset        added to every default port
 * @param services          the services to start after the infrastructure; empty = infrastructure only
 * @param keycloakDistDir   where the Keycloak distribution is unpacked and built (a cache)
 * @param startupTimeout    how long to wait for Keycloak and for each service to become ready
 * @param serviceJvmOptions the services' JVM options: by default {@link #LAPTOP_JVM_OPTIONS} (small heap, C1 only —
 *                          quick to start, light on a laptop); the benchmark passes {@link #SERVER_JVM_OPTIONS}
 */
public record LocalStackOptions(Path repoDir, Path dataDir, int portOffset, Set<Service> services,
                                Path keycloakDistDir, Duration startupTimeout, List<String> serviceJvmOptions) {

    /** Five services on a laptop: a small heap, and the C1 compiler only (starts fast, compiles little). */
    public static final List<String> LAPTOP_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");
    /**
     * As in production (deploy/k8s: the JVM's defaults, a container of about 1 GiB): both JIT compilers, so hot code
     * reaches C2 — slower to warm up, faster once warm.
     */
    public static final List<String> SERVER_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC");

    static final String USAGE = """
            Usage: esurety start [options]
              --data-dir DIR       data, keys and logs (default: <repo>/.local-data)
              --port-offset N      add N to every port (default: 0)
              --services A,B       only these services (default: all): %s
              --infra-only         only PostgreSQL, Kafka, mail and Keycloak
              --repo-dir DIR       repository root (default: found from the working directory)
              --help               this text
            """.formatted(Arrays.stream(Service.values()).map(Service::module).collect(Collectors.joining(",")));

    public LocalStackOptions {
        services = services.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(services));
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        new StackPorts(portOffset); // rejects an offset that moves a port out of range
    }

    /** @return the ports, shifted by {@link #portOffset()} */
    public StackPorts ports() {
        return new StackPorts(portOffset);
    }

    /** @return a builder with the defaults: all services, offset 0, data in {@code <repo>/.local-data} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses the launcher's command line.
     *
     * @param args the options of {@link #USAGE}
     * @return the options, or empty when {@code --help} was asked for
     * @throws IllegalArgumentException for an unknown or malformed option
     */
    public static Optional<LocalStackOptions> parse(String... args) {
        Builder builder = builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    return Optional.empty();
                }
                case "--infra-only" -> builder.infrastructureOnly();
                case "--data-dir" -> builder.dataDir(Path.of(value(args, ++i, option)));
                case "--repo-dir" -> builder.repoDir(Path.of(value(args, ++i, option)));
                case "--port-offset" -> builder.portOffset(integer(value(args, ++i, option), option));
                case "--services" -> builder.services(Arrays.stream(value(args, ++i, option).split(","))
                        .map(String::trim)
                        .map(Service::ofModule)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Service.class))));
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        return Optional.of(builder.build());
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int integer(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'", e);
        }
    }

    /** Collects the options; unset paths get their defaults in {@link #build()}. */
    public static final class Builder {

        private Path repoDir;
        private Path dataDir;
        private int portOffset;
        private Set<Service> services = EnumSet.allOf(Service.class);
        private Path keycloakDistDir;
        private Duration startupTimeout = Duration.ofMinutes(3);
        private List<String> serviceJvmOptions = LAPTOP_JVM_OPTIONS;

        private Builder() {
        }

        /** @param repoDir the repository root; default: the nearest folder above the working directory holding {@code deploy/local} */
        public Builder repoDir(Path repoDir) {
            this.repoDir = repoDir;
            return this;
        }

        /** @param dataDir the data folder; default {@code <repo>/.local-data} */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** @param portOffset added to every default port */
        public Builder portOffset(int portOffset) {
            this.portOffset = portOffset;
            return this;
        }

        /** @param services the services to start (default: all five) */
        public Builder services(Set<Service> services) {
            this.services = services;
            return this;
        }

        /** Starts PostgreSQL, Kafka, mail and Keycloak only. */
        public Builder infrastructureOnly() {
            return services(Set.of());
        }

        /** @param keycloakDistDir cache folder for the unpacked, built Keycloak; default {@code <data>/keycloak/dist-<version>} */
        public Builder keycloakDistDir(Path keycloakDistDir) {
            this.keycloakDistDir = keycloakDistDir;
            return this;
        }

        /** @param startupTimeout how long Keycloak and each service may take to become ready (default 3 min) */
        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = startupTimeout;
            return this;
        }

        /** @param serviceJvmOptions the services' JVM options (default {@link #LAPTOP_JVM_OPTIONS}) */
        public Builder serviceJvmOptions(List<String> serviceJvmOptions) {
            this.serviceJvmOptions = serviceJvmOptions;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when the repository root is needed but cannot be found
         */
        public LocalStackOptions build() {
            Path repo = repoDir != null ? repoDir : findRepoDir().orElse(null);
            if (repo == null && (dataDir == null || !services.isEmpty())) {
                throw new IllegalArgumentException("cannot find the repository root (a folder holding deploy/local)"
                        + " above " + Path.of("").toAbsolutePath() + "; pass --repo-dir");
            }
            Path data = (dataDir != null ? dataDir : repo.resolve(".local-data")).toAbsolutePath().normalize();
            Path dist = keycloakDistDir != null
                    ? keycloakDistDir.toAbsolutePath().normalize()
                    : data.resolve("keycloak").resolve("dist-" + KeycloakDistribution.VERSION);
            return new LocalStackOptions(repo == null ? null : repo.toAbsolutePath().normalize(), data, portOffset,
                    services, dist, startupTimeout, serviceJvmOptions);
        }

        private static Optional<Path> findRepoDir() {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("deploy/local/pom.xml"))) {
                    return Optional.of(dir);
                }
            }
            return Optional.empty();
        }
    }
}
