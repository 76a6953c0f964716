package jp.esurety.registry.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The benchmark's peer of {@link VerificationResource} (deploy/bench, P2): the same bearer-token validation and role
 * check and exactly one database read (the key digest row of the number), nothing else — no rate limit, lockout,
 * audit, certificate or event. Its latency is the floor the real lookup is compared with. Off unless
 * {@code esurety.bench.bare-endpoint.enabled=true}; when off it answers 404 to everyone.
 */
@Path("/api/v1/bench/bare-lookup")
@PermitAll
public class BenchBareResource {

    public record BareLookupRequest(String contractNumber, String authenticationKey) {
    }

    /** Whether a key digest is stored for the number (the key itself is not checked). */
    public record BareLookupAnswer(String contractNumber, boolean registered) {
    }

    private final boolean enabled;
    private final SecurityIdentity identity;
    private final DataSource dataSource;

    public BenchBareResource(@ConfigProperty(name = "esurety.bench.bare-endpoint.enabled", defaultValue = "false")
                             boolean enabled, SecurityIdentity identity, DataSource dataSource) {
        this.enabled = enabled;
        this.identity = identity;
        this.dataSource = dataSource;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "benchmark only: token check + one read (404 unless esurety.bench.bare-endpoint.enabled)")
    public BareLookupAnswer lookup(BareLookupRequest request) {
        if (!enabled) {
            throw ProblemException.notFound("見つかりません。");
        }
        // checked here rather than by @RolesAllowed so that a disabled endpoint is a 404 for everyone;
        // Quarkus answers these exceptions exactly as it answers @RolesAllowed
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole("orderer") && !identity.hasRole("orderer_admin")) {
            throw new ForbiddenException();
        }
        String number = request == null || request.contractNumber() == null ? "" : request.contractNumber();
        return new BareLookupAnswer(number, digestStored(number));
    }

    private boolean digestStored(String contractNumber) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement(
                     "SELECT digest FROM key_digest WHERE contract_number = ?")) {
            read.setString(1, contractNumber);
            try (ResultSet row = read.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("key digest read failed", e);
        }
    }
}
