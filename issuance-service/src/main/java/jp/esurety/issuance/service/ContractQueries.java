package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.config.IssuanceConfig;
import jp.esurety.issuance.config.IssuanceKeys;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.persistence.AuthenticationKeyEntity;
import jp.esurety.issuance.persistence.CertificateVersionEntity;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.ContractorEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Net Desk contract views for a contractor, own company only: 保証契約一覧 (filters, tabs, paging), 電子保証概要
 * with the 認証キー, 電子保証履歴一覧 (rule 8; corrected and cancelled versions hidden), a version's certificate,
 * and 保証契約情報ダウンロード (CSV). Another company's contract is 404, like an unknown one.
 */
@ApplicationScoped
@Transactional
public class ContractQueries {

    /** Tabs: 保証申込 (guarantee contracts, not bid bonds) | 電子保証(認証キー) | 契約保証予約(入札ボンド). */
    public enum Tab { ALL, ELECTRONIC, BID_BOND }

    public record Filter(Tab tab, ProductType productType, String contractorName, LocalDate from, LocalDate to,
                         String workName) {
    }

    public record ContractRow(int no, String productType, String productName, String contractNumber,
                              String obligeeName, String workName, long contractAmount, long guaranteeAmount,
                              LocalDate guaranteeFrom, LocalDate guaranteeEnd, String format, String status,
                              String statusLabel, String suretyCompany) {
    }

    public record HistoryRow(int no, int version, Instant registeredAt, String registeredAtJst, String versionKind,
                             String versionLabel, Integer sequence, Instant firstViewedAt, Instant lastViewedAt) {
    }

    public record ContractSummary(String contractNumber, String productType, String productName, String contractorName,
                                  String jointVentureName, String workName, String obligeeName, long contractAmount,
                                  long guaranteeAmount, LocalDate guaranteeEnd, String depositBank, String format,
                                  String status, String statusLabel, Long premium, String authenticationKey,
                                  String paperDispatchMethod, Instant paperDispatchedAt, List<HistoryRow> history,
                                  String bidBondContractNumber, String convertedToContractNumber,
                                  Instant convertedAt,
                                  List<IssuanceEvents.JointVentureMembership> contractorJointVentures) {
    }

    public record CertificateView(String contractNumber, int version, String versionKind, Instant issuedAt,
                                  Instant registeredAt, JsonNode credential) {
    }

    static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ApprovingLine.TOKYO);

    private final IssuanceKeys keys;
    private final IssuanceConfig config;
    private final ObjectMapper mapper;

    public ContractQueries(IssuanceKeys keys, IssuanceConfig config, ObjectMapper mapper) {
        this.keys = keys;
        this.config = config;
        this.mapper = mapper;
    }

    public Page<ContractRow> list(String contractorId, Filter filter, int page, int size) {
        var query = query(contractorId, filter);
        long total = query.count();
        List<GuaranteeContractEntity> found = query.page(page - 1, size).list();
        List<ContractRow> rows = new ArrayList<>();
        int no = (page - 1) * size;
        for (GuaranteeContractEntity c : found) {
            rows.add(row(++no, c));
        }
        return Page.of(rows, total, page, size);
    }

    /** 保証契約情報ダウンロード: every row of the filtered list, UTF-8 with BOM, Japanese headers. */
    public String csv(String contractorId, Filter filter) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("No.,保証種類,保証契約番号,発注者名,工事名,請負金額,保証金額,保証期間(自),保証期間(至),形式,状態,保証会社\r\n");
        int no = 0;
        for (GuaranteeContractEntity c : query(contractorId, filter).list()) {
            ContractRow r = row(++no, c);
            out.append(String.join(",", List.of(String.valueOf(r.no()), csv(r.productName()), r.contractNumber(),
                    csv(r.obligeeName()), csv(r.workName()), String.valueOf(r.contractAmount()),
                    String.valueOf(r.guaranteeAmount()), r.guaranteeFrom().toString(), r.guaranteeEnd().toString(),
                    "ELECTRONIC".equals(r.format()) ? "電子" : "紙", csv(r.statusLabel()), csv(r.suretyCompany()))))
                    .append("\r\n");
        }
        return out.toString();
    }

    public ContractSummary summary(String contractorId, String contractNumber) {
        GuaranteeContractEntity c = own(contractorId, contractNumber);
        List<HistoryRow> history = new ArrayList<>();
        int no = 0;
        for (CertificateVersionEntity v : CertificateVersionEntity.visible(c.contractNumber)) {
            history.add(new HistoryRow(++no, v.version, v.registeredAt,
                    v.registeredAt == null ? null : JST.format(v.registeredAt), v.versionKind,
                    "NEW".equals(v.versionKind) ? "新規" : "変更", v.sequence, v.firstViewedAt, v.lastViewedAt));
        }
        return new ContractSummary(c.contractNumber, c.productType, ProductType.valueOf(c.productType).label(),
                c.contractorName, c.jvName, c.workName, c.obligeeName, c.contractAmount, c.guaranteeAmount,
                c.guaranteeEnd, c.depositBank, c.format, c.status, statusLabel(c.status), c.premium,
                key(c), c.paperDispatchMethod, c.paperDispatchedAt, List.copyOf(history), c.bidBondContractNumber,
                c.convertedToContractNumber, c.convertedAt,
                ContractorEntity.<ContractorEntity>findByIdOptional(c.contractorId)
                        .map(r -> JointVentures.read(mapper, r.jointVentures)).orElse(List.of()));
    }

    public CertificateView certificate(String contractorId, String contractNumber, int version) {
        GuaranteeContractEntity c = own(contractorId, contractNumber);
        CertificateVersionEntity v = CertificateVersionEntity.find(c.contractNumber, version)
                .filter(found -> !found.superseded)
                .orElseThrow(() -> ProblemException.notFound("保証証書が見つかりません。"));
        try {
            return new CertificateView(v.contractNumber, v.version, v.versionKind, v.issuedAt, v.registeredAt,
                    mapper.readTree(v.credential));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String key(GuaranteeContractEntity c) {
        return AuthenticationKeyEntity.<AuthenticationKeyEntity>findByIdOptional(c.contractNumber)
                .map(k -> new String(keys.keyBox().decrypt(k.boxedKey,
                        c.contractNumber.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII))
                .orElse(null);
    }

    private static GuaranteeContractEntity own(String contractorId, String contractNumber) {
        return GuaranteeContractEntity.<GuaranteeContractEntity>findByIdOptional(contractNumber)
                .filter(c -> c.contractorId.equals(contractorId))
                .orElseThrow(() -> ProblemException.notFound("保証契約が見つかりません。"));
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<GuaranteeContractEntity> query(String contractorId,
                                                                                           Filter f) {
        StringBuilder q = new StringBuilder("contractorId = :contractor");
        Map<String, Object> p = new HashMap<>();
        p.put("contractor", contractorId);
        Tab tab = f.tab() == null ? Tab.ALL : f.tab();
        switch (tab) {
            case ALL -> q.append(" and productType <> 'BID_BOND'");
            case ELECTRONIC -> q.append(" and productType <> 'BID_BOND' and format = 'ELECTRONIC'");
            case BID_BOND -> q.append(" and productType = 'BID_BOND'");
        }
        if (f.productType() != null) {
            q.append(" and productType = :product");
            p.put("product", f.productType().name());
        }
        if (f.contractorName() != null && !f.contractorName().isBlank()) {
            q.append(" and (contractorName like :name or jvName like :name)");
            p.put("name", "%" + f.contractorName().strip() + "%");
        }
        if (f.workName() != null && !f.workName().isBlank()) {
            q.append(" and workName like :work");
            p.put("work", "%" + f.workName().strip() + "%");
        }
        if (f.from() != null) { // guarantee period overlaps [from, to]
            q.append(" and guaranteeEnd >= :from");
            p.put("from", f.from());
        }
        if (f.to() != null) {
            q.append(" and periodFrom <= :to");
            p.put("to", f.to());
        }
        return GuaranteeContractEntity.find(q.toString(), Sort.descending("approvedAt").and("contractNumber",
                Sort.Direction.Descending), p);
    }

    private ContractRow row(int no, GuaranteeContractEntity c) {
        return new ContractRow(no, c.productType, ProductType.valueOf(c.productType).label(), c.contractNumber,
                c.obligeeName, c.workName, c.contractAmount, c.guaranteeAmount, c.periodFrom, c.guaranteeEnd, c.format,
                c.status, statusLabel(c.status), config.issuerName());
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "AWAITING_PAYMENT" -> "保証料入金待ち";
            case "ACTIVE" -> "有効";
            case "EXPIRED" -> "保証期限経過";
            case "CANCELLED" -> "解約";
            case "CONVERTED" -> "契約保証へ移行済み";
            default -> status;
        };
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
