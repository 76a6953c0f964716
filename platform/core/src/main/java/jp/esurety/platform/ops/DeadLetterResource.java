package jp.esurety.platform.ops;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DLT inspection and replay for role {@code ops} (docs/operations.md): every service that consumes events serves
 * its own dead letters on its own port.
 */
@Path("/api/ops/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ops")
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final SecurityIdentity identity;

    public DeadLetterResource(DeadLetters deadLetters, SecurityIdentity identity) {
        this.deadLetters = deadLetters;
        this.identity = identity;
    }

    /** This service's dead-letter topics. */
    @GET
    @Path("topics")
    public Set<String> topics() {
        return deadLetters.topics();
    }

    /** The newest dead letters, newest first, with the reason and whether they were replayed. */
    @GET
    public List<DeadLetters.DeadLetter> list(@QueryParam("topic") String topic,
                                             @QueryParam("limit") @DefaultValue("50")
                                             @Min(value = 1, message = "件数は1以上です。")
                                             @Max(value = 500, message = "件数は500以下です。") int limit) {
        return deadLetters.list(Optional.ofNullable(topic).filter(t -> !t.isBlank()), limit);
    }

    /** Sends one dead letter back to the topic it came from (once). */
    @POST
    @Path("{topic}/{partition}/{offset}/replay")
    public DeadLetters.Replay replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
                                     @PathParam("offset") long offset) {
        return deadLetters.replay(topic, partition, offset, identity.getPrincipal().getName());
    }
}
