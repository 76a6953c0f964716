package jp.esurety.application.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.domain.LineStatus;
import jp.esurety.application.domain.ProductType;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.OrdererDirectoryEntity;
import jp.esurety.application.persistence.SuretyBranchEntity;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a reader sees: a contractor its own applications (drafts included), staff the submitted applications of
 * their branch (rule 7); the orderer directory and the surety's branches.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationQueries {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "submittedAt", "submittedAt",
            "updatedAt", "updatedAt", "workName", "workName", "contractAmount", "contractAmount",
            "ordererName", "ordererName");

    /** Whose applications a caller may read: a contractor's own, or staff's branch. */
    public record Reader(String contractorId, String branchCode) {
        public static Reader contractor(String contractorId) {
            return new Reader(contractorId, null);
        }

        public static Reader branch(String branchCode) {
            return new Reader(null, branchCode);
        }
    }

    /** 検索: 保証種類, 期間 (the application's date, Asia/Tokyo), 工事名 (part of it), 状態 (a line's 手続状況). */
    public record Filter(ProductType productType, LocalDate from, LocalDate to, String workName, LineStatus status) {
    }

    /** One page, 0-based, with the count over all pages ("全1ページ(8件)中の1ページ目"). */
    public record PageOf(List<ApplicationView> items, long total, int page, int size, int pages) {
    }

    @Schema(description = "電子保証対応の発注者")
    public record OrdererView(@Schema(description = "発注者ID") String ordererId,
                              @Schema(description = "発注者名") String name,
                              @Schema(description = "電子保証の受付開始日") LocalDate acceptsElectronicSuretyFrom,
                              @Schema(description = "本日、電子保証を受け付けているか") boolean acceptsElectronicSurety,
                              @Schema(description = "電子保証を利用できる工事の条件") String allowedWorksRule) {
    }

    @Schema(description = "申込送信先(保証会社の支店)")
    public record BranchView(@Schema(description = "支店コード") String branchCode,
                             @Schema(description = "支店名") String name,
                             @Schema(description = "保証会社名") String companyName) {
    }

    public Optional<ApplicationView> application(UUID id, Reader reader) {
        return (reader.contractorId() != null ? ApplicationEntity.findOwned(id, reader.contractorId())
                : ApplicationEntity.findInBranch(id, reader.branchCode())).map(ApplicationView::of);
    }

    public PageOf search(Reader reader, Filter filter, int page, int size, String sort) {
        StringBuilder where = new StringBuilder();
        Parameters params = new Parameters();
        if (reader.contractorId() != null) {
            where.append("a.contractorId = :reader");
            params.and("reader", reader.contractorId());
        } else {
            where.append("a.branchCode = :reader and a.submittedAt is not null");
            params.and("reader", reader.branchCode());
        }
        if (filter.productType() != null || filter.status() != null) {
            where.append(" and exists (select l from ApplicationLineEntity l where l.application = a");
            if (filter.productType() != null) {
                where.append(" and l.productType = :productType");
                params.and("productType", filter.productType().name());
            }
            if (filter.status() != null) {
                where.append(" and l.status = :status");
                params.and("status", filter.status());
            }
            where.append(")");
        }
        if (filter.from() != null) {
            where.append(" and coalesce(a.submittedAt, a.createdAt) >= :from");
            params.and("from", filter.from().atStartOfDay(TOKYO).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and coalesce(a.submittedAt, a.createdAt) < :to");
            params.and("to", filter.to().plusDays(1).atStartOfDay(TOKYO).toInstant());
        }
        if (filter.workName() != null && !filter.workName().isBlank()) {
            where.append(" and a.workName like :workName");
            params.and("workName", "%" + filter.workName().strip() + "%");
        }
        PanacheQuery<ApplicationEntity> query = ApplicationEntity.find("from ApplicationEntity a where " + where,
                sort(sort), params);
        long total = query.count();
        List<ApplicationView> items = query.page(Page.of(page, size)).list().stream().map(ApplicationView::of)
                .toList();
        return new PageOf(items, total, page, size, (int) ((total + size - 1) / size));
    }

    /** {@code submittedAt,desc} → a Sort on a whitelisted field; the newest first by default. */
    private static Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by("a.createdAt", Sort.Direction.Descending).and("a.id");
        }
        String[] parts = sort.split(",");
        String field = SORTABLE.get(parts[0].strip());
        boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
        if (field == null || (parts.length > 1 && !descending && !parts[1].strip().equalsIgnoreCase("asc"))) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("sort",
                    "並び順は " + String.join(" | ", new ArrayList<>(SORTABLE.keySet())) + " に ,asc または ,desc を付けて指定してください。")));
        }
        return Sort.by("a." + field, descending ? Sort.Direction.Descending : Sort.Direction.Ascending,
                Sort.NullPrecedence.NULLS_LAST).and("a.id");
    }

    public List<OrdererView> orderers(LocalDate today) {
        return OrdererDirectoryEntity.<OrdererDirectoryEntity>listAll(Sort.by("ordererId"))
                .stream()
                .map(o -> new OrdererView(o.ordererId, o.name, o.acceptsElectronicSuretyFrom,
                        o.acceptsElectronicSuretyFrom != null && !today.isBefore(o.acceptsElectronicSuretyFrom),
                        o.allowedWorksRule))
                .toList();
    }

    public List<BranchView> branches() {
        return SuretyBranchEntity.<SuretyBranchEntity>listAll(Sort.by("branchCode"))
                .stream().map(b -> new BranchView(b.branchCode, b.name, b.companyName)).toList();
    }
}
