package jp.esurety.issuance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.issuance.domain.ContractNumber;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.service.ContractQueries;
import jp.esurety.issuance.service.Page;
import jp.esurety.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Net Desk 保証契約: the caller's own guarantee contracts (claim {@code contractor_id}); others' are 404. */
@Path("/api/contracts")
@RolesAllowed("contractor")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    private final ContractQueries queries;
    private final CurrentUser user;

    public ContractResource(ContractQueries queries, CurrentUser user) {
        this.queries = queries;
        this.user = user;
    }

    @GET
    @Operation(summary = "保証契約一覧: tab ALL (保証申込) | ELECTRONIC (電子保証(認証キー)) | BID_BOND (契約保証予約); "
            + "filters productType, contractorName (契約者), from/to (期間), workName; paging with the total count")
    public Page<ContractQueries.ContractRow> list(@QueryParam("tab") @DefaultValue("ALL") ContractQueries.Tab tab,
                                                  @QueryParam("productType") ProductType productType,
                                                  @QueryParam("contractorName") String contractorName,
                                                  @QueryParam("from") LocalDate from,
                                                  @QueryParam("to") LocalDate to,
                                                  @QueryParam("workName") String workName,
                                                  @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "ページは1以上です。") int page,
                                                  @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "件数は1以上です。") @Max(value = 100, message = "件数は100以下です。") int size) {
        return queries.list(user.contractorId(),
                new ContractQueries.Filter(tab, productType, contractorName, from, to, workName), page, size);
    }

    @GET
    @Path("download")
    @Produces("text/csv")
    @Operation(summary = "保証契約情報ダウンロード: the filtered list as CSV (UTF-8 with BOM, Japanese headers)")
    public Response download(@QueryParam("tab") @DefaultValue("ALL") ContractQueries.Tab tab,
                             @QueryParam("productType") ProductType productType,
                             @QueryParam("contractorName") String contractorName,
                             @QueryParam("from") LocalDate from,
                             @QueryParam("to") LocalDate to,
                             @QueryParam("workName") String workName) {
        String csv = queries.csv(user.contractorId(),
                new ContractQueries.Filter(tab, productType, contractorName, from, to, workName));
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"contracts.csv\"").build();
    }

    @GET
    @Path("{contractNumber}")
    @Operation(summary = "電子保証概要 (latest state, 認証キー for its owner) with 電子保証履歴一覧")
    public ContractQueries.ContractSummary summary(@PathParam("contractNumber") String contractNumber) {
        return queries.summary(user.contractorId(), parse(contractNumber));
    }

    @GET
    @Path("{contractNumber}/versions/{version}")
    @Operation(summary = "保証契約内容の確認画面: the signed certificate of a visible version")
    public ContractQueries.CertificateView certificate(@PathParam("contractNumber") String contractNumber,
                                                       @PathParam("version") int version) {
        return queries.certificate(user.contractorId(), parse(contractNumber), version);
    }

    private static String parse(String contractNumber) {
        try {
            return ContractNumber.parse(contractNumber).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("保証契約が見つかりません。");
        }
    }
}
