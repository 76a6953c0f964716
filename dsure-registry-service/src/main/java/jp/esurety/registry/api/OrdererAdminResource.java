package jp.esurety.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.registry.service.ManagingOrderers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Registry staff enroll and change orderer organisations. */
@Path("/api/v1/admin/orderers")
@RolesAllowed("registry_admin")
@Produces(MediaType.APPLICATION_JSON)
public class OrdererAdminResource {

    private final ManagingOrderers orderers;

    public OrdererAdminResource(ManagingOrderers orderers) {
        this.orderers = orderers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "発注者を登録する (OrdererEnrolled)")
    public ManagingOrderers.Orderer enroll(@NotNull @Valid OrdererResource.OrdererRequest r) {
        return orderers.enroll(r.ordererId(), r.enrollment());
    }

    @PUT
    @Path("/{ordererId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "発注者を変更する (OrdererUpdated)")
    public ManagingOrderers.Orderer update(@PathParam("ordererId") String ordererId, @NotNull @Valid OrdererResource.OrdererRequest r) {
        return orderers.update(ordererId, r.enrollment());
    }

}
