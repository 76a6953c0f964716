package jp.esurety.platform.problem;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** A resource that fails in each way the mapper must render. */
@Path("/problem-probe")
public class ProblemProbeResource {

    public record Line(@Positive Long amount) {
    }

    public record Request(@NotBlank String name, @NotEmpty List<@Valid Line> lines) {
    }

    @Inject
    AgroalDataSource dataSource;

    @POST
    public String accept(@Valid Request request) {
        return "ok";
    }

    @GET
    @Path("rule")
    public String rule() {
        throw ProblemException.ruleViolated("advance-payment-ratio", "lines[0].guaranteeAmount",
                "前払金保証金額は請負金額の40%以下にしてください。");
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("secret-internal-detail");
    }

    @GET
    @Path("missing")
    public String missing() {
        throw new NotFoundException();
    }

    /** Hands the path segment to PostgreSQL as a query parameter, as a lookup by a contract number does. */
    @GET
    @Path("stored/{text}")
    public String stored(@PathParam("text") String text) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT ?::text")) {
            s.setString(1, text);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed", e);
        }
    }

    @GET
    @Path("admin-only")
    @RolesAllowed("surety_admin")
    public String adminOnly() {
        return "ok";
    }
}
