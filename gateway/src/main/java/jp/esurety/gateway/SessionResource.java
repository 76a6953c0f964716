package jp.esurety.gateway;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sign-in, sign-out and who is signed in, for the SPA. */
@Path("/")
public class SessionResource {

    /** The realm roles the SPA needs (Keycloak adds others, such as offline_access, that mean nothing to it). */
    static final List<String> ROLES = List.of("contractor", "underwriter", "surety_admin", "funds", "ops");

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    /** The access token (also what a bearer client sent). */
    @Inject
    JsonWebToken accessToken;

    /**
     * Ends the code flow: {@code /login} requires a signed-in user (application.properties), so the OIDC layer has
     * already sent the browser to Keycloak and back before this runs. Returns to the SPA path in {@code redirect}.
     */
    @GET
    @Path("login")
    @Authenticated
    public Response login(@QueryParam("redirect") String redirect) {
        return Response.seeOther(URI.create(SafeRedirect.target(redirect))).build();
    }

    @GET
    @Path("session")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> session() {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("username", claim("preferred_username"));
        session.put("name", displayName());
        session.put("contractorId", claim("contractor_id"));
        session.put("branchCode", claim("branch_code"));
        session.put("roles", ROLES.stream().filter(identity::hasRole).toList());
        return session;
    }

    /**
     * With a session, resolving the identity on this path makes the OIDC layer clear the session cookie and send
     * the browser to Keycloak's end-session endpoint (RP-initiated logout), which returns it to {@code /}. Without
     * one there is nothing to end.
     */
    @GET
    @Path("logout")
    @PermitAll
    public Response logout() {
        identity.isAnonymous();
        return Response.seeOther(URI.create("/")).build();
    }

    /** Japanese order, family name first (山田 太郎); Keycloak's {@code name} claim is "given family". */
    private Object displayName() {
        Object family = claim("family_name");
        Object given = claim("given_name");
        if (family != null && given != null) {
            return family + " " + given;
        }
        return claim("name");
    }

    /** Keycloak puts our claims in both tokens; the ID token is absent for bearer clients. */
    private Object claim(String name) {
        Object value = idToken.getClaim(name);
        return value != null ? value : accessToken.getClaim(name);
    }
}
