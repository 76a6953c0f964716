package jp.esurety.gateway;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Each public path goes to the service that owns it (ARCHITECTURE.md §1). */
class RoutesTest {

    private final Routes routes = new Routes(new GatewayConfig() {
        @Override
        public URI application() {
            return URI.create("http://application");
        }

        @Override
        public URI issuance() {
            return URI.create("http://issuance");
        }

        @Override
        public URI notification() {
            return URI.create("http://notification");
        }
    });

    @Test
    void pathsGoToTheirOwners() {
        assertThat(routes.upstreamFor("/api/applications")).contains(URI.create("http://application"));
        assertThat(routes.upstreamFor("/api/applications/123")).contains(URI.create("http://application"));
        assertThat(routes.upstreamFor("/api/orderers")).contains(URI.create("http://application"));
        assertThat(routes.upstreamFor("/api/contracts/10101-000001")).contains(URI.create("http://issuance"));
        assertThat(routes.upstreamFor("/.well-known/certificate-keys")).contains(URI.create("http://issuance"));
        assertThat(routes.upstreamFor("/api/key-notices/10101-000001")).contains(URI.create("http://notification"));
        assertThat(routes.upstreamFor("/api/documents-pdf/x")).contains(URI.create("http://notification"));
        assertThat(routes.upstreamFor("/api/documents/x")).contains(URI.create("http://application"));
    }

    @Test
    void similarPrefixesDoNotLeak() {
        assertThat(routes.upstreamFor("/api/applicationsX")).isEmpty();
        assertThat(routes.upstreamFor("/api/unknown")).isEmpty();
        assertThat(routes.upstreamFor("/q/health")).isEmpty();
    }
}
