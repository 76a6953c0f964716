package jp.esurety.platform.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.util.List;

/** A resource that fails in each way the mapper must render. */
@Path("/problem-probe")
public class ProblemProbeResource {

    public record Line(@Positive Long amount) {
    }

    public record Request(@NotBlank String name, @NotEmpty List<@Valid Line> lines) {
    }

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
}
