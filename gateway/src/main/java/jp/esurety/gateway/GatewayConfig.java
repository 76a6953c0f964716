package jp.esurety.gateway;

import io.smallrye.config.ConfigMapping;

import java.net.URI;

/** Where the gateway forwards each API prefix ({@code esurety.gateway.routes.*}). */
@ConfigMapping(prefix = "esurety.gateway.routes")
public interface GatewayConfig {
    URI application();

    URI issuance();

    URI notification();
}
