package jp.esurety.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a public path to the service that owns it (ARCHITECTURE.md §1), by its first segments. {@code RoutesTest}
 * checks the table against the services' own resources, so a new API of a service fails the build until it is here.
 */
@ApplicationScoped
public class Routes {

    private final Map<String, Upstream> byPrefix = new LinkedHashMap<>();

    public Routes() {
        route(Upstream.APPLICATION, "/api/applications", "/api/orderers", "/api/branches", "/api/profile");
        // /api/funds: advance-payment funds, owned by issuance (ARCHITECTURE.md §1)
        route(Upstream.ISSUANCE, "/api/underwriting", "/api/admin", "/api/contracts", "/api/premiums", "/api/funds",
                "/api/ops/kek-rotation", "/.well-known/certificate-keys");
        route(Upstream.NOTIFICATION, "/api/key-notices", "/api/documents-pdf", "/api/ops/mail-deliveries");
    }

    private void route(Upstream upstream, String... prefixes) {
        for (String prefix : prefixes) {
            byPrefix.put(prefix, upstream);
        }
    }

    /** The service that owns a path, if any. */
    public Optional<Upstream> upstreamFor(String path) {
        return byPrefix.entrySet().stream()
                .filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
