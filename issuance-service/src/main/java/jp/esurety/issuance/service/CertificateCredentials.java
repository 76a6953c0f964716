package jp.esurety.issuance.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.issuance.config.IssuanceConfig;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;

import java.time.Instant;

/**
 * The unsigned W3C Verifiable Credential (VC Data Model 2.0) of a certificate version: every field the certificate
 * view (保証契約内容の確認画面) shows, so the registry can render it exactly as issued.
 */
@ApplicationScoped
public class CertificateCredentials {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String STATEMENT = "当社は、%s約款に基づき上記のとおり保証契約を締結し、その責に任じます。";

    private final ObjectMapper mapper;
    private final IssuanceConfig config;

    public CertificateCredentials(ObjectMapper mapper, IssuanceConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    public ObjectNode build(GuaranteeContractEntity c, SuretyBranchEntity branch, int version, String versionKind,
                            Instant issuedAt) {
        return build(c, branch, version, versionKind, null, issuedAt);
    }

    /** {@code sequence}: the 変更 number shown under the title of an AMENDMENT version (null for 新規). */
    public ObjectNode build(GuaranteeContractEntity c, SuretyBranchEntity branch, int version, String versionKind,
                            Integer sequence, Instant issuedAt) {
        ProductType product = ProductType.valueOf(c.productType);
        ObjectNode vc = mapper.createObjectNode();
        vc.putArray("@context").add(VC_CONTEXT);
        vc.put("id", "urn:esurety:certificate:" + c.contractNumber + ":" + version);
        vc.putArray("type").add("VerifiableCredential").add("SuretyCertificate");
        ObjectNode issuer = vc.putObject("issuer");
        issuer.put("id", config.issuerId());
        issuer.put("name", config.issuerName());
        vc.put("validFrom", issuedAt.toString());

        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("contractNumber", c.contractNumber);
        subject.put("productType", product.name());
        subject.put("productName", product.label());
        subject.put("version", version);
        subject.put("versionKind", versionKind);
        subject.put("title", "保証証書");
        if (sequence != null) {
            subject.put("amendmentSequence", sequence);
            subject.put("amendmentLabel", "変更 (第" + sequence + "回)");
        }
        java.time.LocalDate issuedOn = java.time.LocalDate.ofInstant(issuedAt, java.time.ZoneId.of("Asia/Tokyo"));
        subject.put("issuedOn", issuedOn.toString());
        subject.put("issuedOnWareki", java.time.chrono.JapaneseDate.from(issuedOn).format(
                java.time.format.DateTimeFormatter.ofPattern("GGGGy年M月d日", java.util.Locale.JAPAN)));
        subject.put("format", c.format);
        ObjectNode principal = subject.putObject("principal");
        principal.put("contractorId", c.contractorId);
        principal.put("name", c.contractorName);
        if (c.jvName != null) {
            principal.put("jointVentureName", c.jvName);
        }
        ObjectNode obligee = subject.putObject("obligee");
        obligee.put("ordererId", c.obligeeId);
        obligee.put("name", c.obligeeName);
        subject.put("guaranteeAmount", c.guaranteeAmount);
        subject.put("guaranteeEnd", c.guaranteeEnd.toString());
        ObjectNode work = subject.putObject("work");
        work.put("name", c.workName);
        work.put("contractAmount", c.contractAmount);
        work.put("periodFrom", c.periodFrom.toString());
        work.put("periodTo", c.periodTo.toString());
        work.put("contractDate", c.contractDate.toString());
        if (c.depositBank != null) {
            subject.put("depositBank", c.depositBank);
        }
        subject.put("statement", STATEMENT.formatted(product.label()));
        ObjectNode surety = subject.putObject("surety");
        surety.put("name", config.issuerName());
        surety.put("address", config.issuerAddress());
        surety.put("representative", config.issuerRepresentative());
        ObjectNode handling = subject.putObject("handlingBranch");
        handling.put("code", branch.branchCode);
        handling.put("name", branch.name);
        handling.put("address", branch.address);
        handling.put("tel", branch.tel);
        handling.put("fax", branch.fax);
        return vc;
    }
}
