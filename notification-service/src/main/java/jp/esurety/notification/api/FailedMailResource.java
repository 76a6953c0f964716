package jp.esurety.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.esurety.notification.service.ReviewingFailedMail;
import jp.esurety.platform.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** Ops: mails that went dead after their last attempt, and sending one again. */
@Path("/api/ops/mail-deliveries")
@RolesAllowed("ops")
public class FailedMailResource {

    private final ReviewingFailedMail reviewing;

    public FailedMailResource(ReviewingFailedMail reviewing) {
        this.reviewing = reviewing;
    }

    @GET
    @Path("dead")
    public List<ReviewingFailedMail.FailedMail> dead(@QueryParam("limit") @DefaultValue("100") int limit) {
        return reviewing.dead(Math.clamp(limit, 1, 500));
    }

    @POST
    @Path("{deliveryId}/retry")
    public Response retry(@PathParam("deliveryId") UUID deliveryId) {
        reviewing.retry(deliveryId).orElseThrow(() -> ProblemException.notFound("送信不能のメールが見つかりません。"));
        return Response.accepted().build();
    }
}
