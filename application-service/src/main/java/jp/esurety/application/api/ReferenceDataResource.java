package jp.esurety.application.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.application.service.ApplicationQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The orderer directory (電子保証対応の発注者はこちら) and the branches an application can be sent to. */
@Path("/api")
@RolesAllowed({"contractor", "underwriter", "surety_admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "発注者・申込送信先", description = "電子保証対応の発注者(D-Sure の発注者一覧)と保証会社の支店")
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
    @Operation(summary = "発注者一覧(電子保証対応の発注者はこちら)",
            description = "各発注者の電子保証の受付開始日(例: 小美玉市長 2024-08-01)と、本日受け付けているか。")
    public List<ApplicationQueries.OrdererView> orderers() {
        return queries.orderers(LocalDate.now(clock.withZone(TOKYO)));
    }

    @GET
    @Path("branches")
    @Operation(summary = "申込送信先(保証会社の支店)の一覧")
    public List<ApplicationQueries.BranchView> branches() {
        return queries.branches();
    }
}
