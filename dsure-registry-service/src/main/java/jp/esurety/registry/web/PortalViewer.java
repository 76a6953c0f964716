package jp.esurety.registry.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is looking at a portal page, for the menu ({@code inject:portalViewer} in the layout). */
@Named("portalViewer")
@RequestScoped
public class PortalViewer {

    private final SecurityIdentity identity;

    public PortalViewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isOrderer() {
        return identity.hasRole("orderer") || identity.hasRole("orderer_admin");
    }

    public boolean isOrdererAdmin() {
        return identity.hasRole("orderer_admin");
    }

    public boolean isRegistryAdmin() {
        return identity.hasRole("registry_admin");
    }
}
