package jp.esurety.gateway;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/**} for the signed-in contractor or staff member: the session cookie of the code flow, or a bearer
 * token. The services authorise by role and ownership; the gateway only authenticates and forwards.
 */
@Path("/api")
@Authenticated
public class ApiProxy {

    private final Forwarder forwarder;
    private final SecurityIdentity identity;
    private final BodySizeLimit limit;

    public ApiProxy(Forwarder forwarder, SecurityIdentity identity, BodySizeLimit limit) {
        this.forwarder = forwarder;
        this.identity = identity;
        this.limit = limit;
    }

    @GET
    @Path("{path: .+}")
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward("GET", uri, headers, null, identity);
    }

    @DELETE
    @Path("{path: .+}")
    public Response delete(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward("DELETE", uri, headers, null, identity);
    }

    @POST
    @Path("{path: .+}")
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forwardBody("POST", uri, headers, body);
    }

    @PUT
    @Path("{path: .+}")
    public Response put(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forwardBody("PUT", uri, headers, body);
    }

    @PATCH
    @Path("{path: .+}")
    public Response patch(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forwardBody("PATCH", uri, headers, body);
    }

    /** A chunked body has no declared length for {@link BodySizeLimit}'s filter: its length is checked once read. */
    private Response forwardBody(String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        return limit.refusal(method, uri.getRequestUri().getPath(), body == null ? 0 : body.length)
                .orElseGet(() -> forwarder.forward(method, uri, headers, body, identity));
    }
}
