package jp.esurety.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Maps a public path to the service that owns it (ARCHITECTURE.md §1), by its first segments. */
@ApplicationScoped
public class Routes {

    private final Map<String, URI> byPrefix = new LinkedHashMap<>();

    public Routes(GatewayConfig config) {
        for (String prefix : new String[]{"/api/applications", "/api/orderers", "/api/branches", "/api/profile",
                "/api/documents"}) {
            byPrefix.put(prefix, config.application());
        }
        for (String prefix : new String[]{"/api/underwriting", "/api/admin", "/api/contracts", "/api/premiums",
                "/api/funds", "/.well-known/certificate-keys"}) {
            byPrefix.put(prefix, config.issuance());
        }
        for (String prefix : new String[]{"/api/key-notices", "/api/documents-pdf"}) {
            byPrefix.put(prefix, config.notification());
        }
    }

    /** The upstream base URI for a path, if any service owns it. */
    public Optional<URI> upstreamFor(String path) {
        return byPrefix.entrySet().stream()
                .filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
