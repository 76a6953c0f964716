package jp.esurety.registry.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.StartupEvent;
import jp.esurety.registry.config.RegistryConfig;
import jp.esurety.registry.domain.PortalSessionSecret;

/** Fails the start when the portal's session secret is shorter than 32 characters (see {@link PortalSessionSecret}). */
@ApplicationScoped
public class PortalSecretCheck {

    void onStart(@Observes @Priority(1) StartupEvent event, RegistryConfig config) {
        PortalSessionSecret.require(config.portalSessionSecret());
    }
}
