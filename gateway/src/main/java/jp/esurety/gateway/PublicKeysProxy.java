package jp.esurety.gateway;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The issuer's public verification keys, for anyone who wants to verify a certificate offline. */
@Path("/.well-known/certificate-keys")
@PermitAll
public class PublicKeysProxy {

    private final Forwarder forwarder;

    public PublicKeysProxy(Forwarder forwarder) {
        this.forwarder = forwarder;
    }

    @GET
    public Response keys(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward("GET", uri, headers, null, null);
    }
}
