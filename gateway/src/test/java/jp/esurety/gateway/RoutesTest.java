package jp.esurety.gateway;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each public path goes to the service that owns it (ARCHITECTURE.md §1). */
class RoutesTest {

    private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");

    private final Routes routes = new Routes();

    @Test
    void pathsGoToTheirOwners() {
        assertThat(routes.upstreamFor("/api/applications")).contains(Upstream.APPLICATION);
        assertThat(routes.upstreamFor("/api/applications/123")).contains(Upstream.APPLICATION);
        assertThat(routes.upstreamFor("/api/orderers")).contains(Upstream.APPLICATION);
        assertThat(routes.upstreamFor("/api/profile")).contains(Upstream.APPLICATION);
        assertThat(routes.upstreamFor("/api/applications/123/documents/456")).contains(Upstream.APPLICATION);
        assertThat(routes.upstreamFor("/api/contracts/10101-000001")).contains(Upstream.ISSUANCE);
        assertThat(routes.upstreamFor("/api/funds/x")).contains(Upstream.ISSUANCE);
        assertThat(routes.upstreamFor("/.well-known/certificate-keys")).contains(Upstream.ISSUANCE);
        assertThat(routes.upstreamFor("/api/key-notices/10101-000001")).contains(Upstream.NOTIFICATION);
        assertThat(routes.upstreamFor("/api/documents-pdf/x")).contains(Upstream.NOTIFICATION);
        assertThat(routes.upstreamFor("/api/ops/mail-deliveries/dead")).contains(Upstream.NOTIFICATION);
        assertThat(routes.upstreamFor("/api/ops/kek-rotation")).contains(Upstream.ISSUANCE);
    }

    @Test
    void similarPrefixesDoNotLeak() {
        assertThat(routes.upstreamFor("/api/applicationsX")).isEmpty();
        assertThat(routes.upstreamFor("/api/unknown")).isEmpty();
        assertThat(routes.upstreamFor("/api/ops/dead-letters")).isEmpty();
        assertThat(routes.upstreamFor("/q/health")).isEmpty();
    }

    /** Reads the services' REST resources, so a new public API cannot be forgotten here. */
    @Test
    void everyPublicApiOfEveryServiceIsRoutedToIt() {
        for (Upstream upstream : Upstream.values()) {
            List<String> paths = publicPaths(Path.of("..", upstream.key() + "-service", "src", "main", "java"));
            assertThat(paths).as("resources of %s", upstream.key()).isNotEmpty();
            for (String path : paths) {
                assertThat(routes.upstreamFor(path)).as(path).contains(upstream);
            }
        }
    }

    /** A sample path under each resource: its class-level {@code @Path}, or under {@code /api} each method's. */
    private static List<String> publicPaths(Path sources) {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.java")).toList()) {
                Matcher matcher = PATH.matcher(Files.readString(file));
                if (!matcher.find()) {
                    continue;
                }
                String base = matcher.group(1);
                if (!base.equals("/api")) {
                    paths.add(base + "/x");
                    continue;
                }
                while (matcher.find()) {
                    paths.add("/api/" + matcher.group(1).replaceFirst("^/", "") + "/x");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }
}
