package jp.esurety.gateway;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Login entry point for the SPA and who is signed in. */
@Path("/")
public class SessionResource {

    @Inject
    @IdToken
    JsonWebToken idToken;

    /** Starts the code flow (the OIDC layer redirects to Keycloak) and returns to the SPA. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("session")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> session() {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("username", idToken.getClaim("preferred_username"));
        session.put("name", idToken.getClaim("name"));
        session.put("contractorId", idToken.getClaim("contractor_id"));
        session.put("branchCode", idToken.getClaim("branch_code"));
        return session;
    }
}
