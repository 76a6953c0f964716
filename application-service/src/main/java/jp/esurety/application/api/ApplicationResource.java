package jp.esurety.application.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.application.service.ApplicationQueries;
import jp.esurety.application.service.ApplicationView;
import jp.esurety.application.service.SubmittingApplication;
import jp.esurety.platform.problem.ProblemException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Net Desk 保証申込: a contractor's own applications. */
@Path("/api/applications")
@RolesAllowed("contractor")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private final SubmittingApplication submitting;
    private final ApplicationQueries queries;
    private final CurrentContractor contractor;

    public ApplicationResource(SubmittingApplication submitting, ApplicationQueries queries,
                               CurrentContractor contractor) {
        this.submitting = submitting;
        this.queries = queries;
        this.contractor = contractor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Valid SubmitApplicationRequest request) {
        ApplicationView created = submitting.submit(contractor.id(), request);
        return Response.created(URI.create("/api/applications/" + created.id())).entity(created).build();
    }

    @GET
    public List<ApplicationView> list() {
        return queries.ownApplications(contractor.id());
    }

    @GET
    @Path("{id}")
    public ApplicationView get(@PathParam("id") UUID id) {
        return queries.ownApplication(id, contractor.id())
                .orElseThrow(() -> ProblemException.notFound("申込が見つかりません。"));
    }
}
