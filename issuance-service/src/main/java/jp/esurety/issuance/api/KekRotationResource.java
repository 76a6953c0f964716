package jp.esurety.issuance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.issuance.service.RewrappingKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** KEK rotation for ops (docs/operations.md, Key rotation): how many keys are left under a retired KEK, and rewrap now. */
@Path("/api/ops/kek-rotation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ops")
public class KekRotationResource {

    private final RewrappingKeys rewrapping;

    public KekRotationResource(RewrappingKeys rewrapping) {
        this.rewrapping = rewrapping;
    }

    @GET
    @Operation(summary = "認証キーのKEK移行状況: the active KEK and how many keys still use a retired one")
    public RewrappingKeys.Progress status() {
        return rewrapping.status();
    }

    @POST
    @Operation(summary = "Rewrap every key still under a retired KEK now (also runs every 10 minutes)")
    public RewrappingKeys.Progress rewrap() {
        return rewrapping.rewrapAll();
    }
}
