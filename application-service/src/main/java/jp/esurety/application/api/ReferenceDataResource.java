package jp.esurety.application.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.application.service.ApplicationQueries;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The orderer directory (電子保証対応の発注者はこちら) and the branches an application can be sent to. */
@Path("/api")
@RolesAllowed({"contractor", "underwriter", "surety_admin"})
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final ApplicationQueries queries;
    private final Clock clock;

    public ReferenceDataResource(ApplicationQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @Path("orderers")
    public List<ApplicationQueries.OrdererView> orderers() {
        return queries.orderers(LocalDate.now(clock.withZone(TOKYO)));
    }

    @GET
    @Path("branches")
    public List<ApplicationQueries.BranchView> branches() {
        return queries.branches();
    }
}
