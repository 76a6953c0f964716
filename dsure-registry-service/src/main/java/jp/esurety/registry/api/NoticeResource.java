package jp.esurety.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.registry.service.NotifyingViewers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The orderer user's inbox: new versions of certificates they have viewed. */
@Path("/api/v1/notices")
@RolesAllowed({"orderer", "orderer_admin"})
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    private final NotifyingViewers notifying;
    private final JsonWebToken token;

    public NoticeResource(NotifyingViewers notifying, JsonWebToken token) {
        this.notifying = notifying;
        this.token = token;
    }

    @GET
    @Operation(summary = "お知らせ（閲覧した電子保証の新しい版）")
    public List<NotifyingViewers.Notice> inbox() {
        return notifying.inbox(token.getName() != null ? token.getName() : token.getSubject());
    }
}
