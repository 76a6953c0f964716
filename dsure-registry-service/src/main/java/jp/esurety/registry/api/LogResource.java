package jp.esurety.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.esurety.registry.service.MerkleLog;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * The Merkle log of registered versions (RFC 9162 style): signed tree heads, inclusion proofs of a version,
 * consistency proofs between two tree sizes, the leaves, and the log's public key. For orderers and auditors.
 */
@Path("/api/v1/log")
@RolesAllowed({"orderer", "orderer_admin", "registry_admin", "auditor"})
@Produces(MediaType.APPLICATION_JSON)
public class LogResource {

    private final MerkleLog log;

    public LogResource(MerkleLog log) {
        this.log = log;
    }

    @GET
    @Path("/sth")
    @Operation(summary = "現在の署名付きツリーヘッド (signed tree head)")
    public MerkleLog.SignedTreeHead treeHead() {
        return log.treeHead();
    }

    @GET
    @Path("/inclusion/{contractNumber}/{version}")
    @Operation(summary = "ある版の包含証明 (inclusion proof; treeSize defaults to the current size)")
    public MerkleLog.InclusionProof inclusion(@PathParam("contractNumber") String contractNumber,
                                              @PathParam("version") int version,
                                              @QueryParam("treeSize") Long treeSize) {
        return log.inclusion(contractNumber, version, treeSize);
    }

    @GET
    @Path("/consistency")
    @Operation(summary = "2つの木の大きさの間の整合性証明 (consistency proof)")
    public MerkleLog.ConsistencyProof consistency(@QueryParam("first") long first, @QueryParam("second") long second) {
        return log.consistency(first, second);
    }

    @GET
    @Path("/entries")
    @Operation(summary = "ログの葉 [start, end) (at most 1000)")
    public List<MerkleLog.Entry> entries(@QueryParam("start") @DefaultValue("0") long start,
                                         @QueryParam("end") @DefaultValue("1000") long end) {
        return log.entries(start, end);
    }

    @GET
    @Path("/public-key")
    @Produces("application/x-pem-file")
    @Operation(summary = "ツリーヘッドの署名鍵 (Ed25519, PEM)")
    public String publicKey() {
        return log.publicKeyPem();
    }
}
