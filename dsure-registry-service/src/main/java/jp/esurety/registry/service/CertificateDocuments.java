package jp.esurety.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.registry.domain.CertificateDocument;
import jp.esurety.registry.domain.JapaneseFormats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Lays a certificate version out as the 確認画面 (and its PDF) show it, from the signed credential. */
@ApplicationScoped
public class CertificateDocuments {

    public CertificateDocument of(CertificateViews.CertificateView view) {
        JsonNode s = view.credential().path("credentialSubject");
        JsonNode work = s.path("work");
        String product = text(s, "productName", "前払金保証");
        String title = text(s, "title", "保証証書") + "（" + product + "）";
        String amendment = "";
        if ("AMENDMENT".equals(view.versionKind()) || s.has("amendmentSequence")) {
            Integer sequence = view.sequence() != null ? view.sequence()
                    : s.has("amendmentSequence") ? s.path("amendmentSequence").asInt() : null;
            amendment = "変更" + (sequence == null ? "" : "（第" + sequence + "回）");
        }
        LocalDate issuedOn = s.hasNonNull("issuedOn") ? LocalDate.parse(s.path("issuedOn").asText())
                : LocalDateTime.ofInstant(view.registeredAt(), JapaneseFormats.TOKYO).toLocalDate();
        String principal = text(s.path("principal"), "name", "")
                + (s.path("principal").hasNonNull("jointVentureName")
                ? "（" + s.path("principal").path("jointVentureName").asText() + "）" : "");
        List<CertificateDocument.Row> rows = new ArrayList<>();
        rows.add(new CertificateDocument.Row("保証契約番号", view.contractNumber()));
        rows.add(new CertificateDocument.Row("保証契約者", principal));
        rows.add(new CertificateDocument.Row("保証債権者", text(s.path("obligee"), "name", "")));
        rows.add(new CertificateDocument.Row("保証金額（総額）", JapaneseFormats.yen(s.path("guaranteeAmount").asLong())));
        rows.add(new CertificateDocument.Row("保証期限", JapaneseFormats.wareki(date(s, "guaranteeEnd"))));
        rows.add(new CertificateDocument.Row("工事名", text(work, "name", "")));
        rows.add(new CertificateDocument.Row("請負金額（総額）", JapaneseFormats.yen(work.path("contractAmount").asLong())));
        rows.add(new CertificateDocument.Row("工期", JapaneseFormats.period(date(work, "periodFrom"), date(work, "periodTo"))));
        rows.add(new CertificateDocument.Row("請負契約日", JapaneseFormats.wareki(date(work, "contractDate"))));
        if (s.hasNonNull("depositBank")) {
            rows.add(new CertificateDocument.Row("保証金融機関", s.path("depositBank").asText()));
        }
        JsonNode surety = s.path("surety");
        JsonNode branch = s.path("handlingBranch");
        String issuerName = text(surety, "name", text(view.credential().path("issuer"), "name", view.issuerId()));
        List<String> issuerLines = new ArrayList<>();
        if (surety.hasNonNull("address")) {
            issuerLines.add(surety.path("address").asText());
        }
        issuerLines.add(issuerName);
        if (surety.hasNonNull("representative")) {
            issuerLines.add(surety.path("representative").asText());
        }
        if (branch.hasNonNull("name")) {
            issuerLines.add("取扱箇所 " + branch.path("name").asText());
            issuerLines.add("TEL: " + text(branch, "tel", "") + "　FAX: " + text(branch, "fax", ""));
        }
        LocalDate from = s.hasNonNull("guaranteeStart") ? date(s, "guaranteeStart") : date(work, "periodFrom");
        CertificateDocument.Summary summary = new CertificateDocument.Summary(view.contractNumber(),
                product + "　" + text(work, "name", ""), JapaneseFormats.yen(s.path("guaranteeAmount").asLong()),
                JapaneseFormats.period(from, date(s, "guaranteeEnd")), issuerName);
        JsonNode proof = view.credential().path("proof");
        return new CertificateDocument(view.contractNumber(), view.version(), title, amendment,
                JapaneseFormats.wareki(issuedOn), rows,
                text(s, "statement", "当社は、" + product + "約款に基づき上記のとおり保証契約を締結し、その責に任じます。"),
                String.join("\n", issuerLines), view.statusBanner() == null ? "" : view.statusBanner(), summary,
                text(proof, "verificationMethod", ""), text(proof, "proofValue", ""), text(proof, "created", ""));
    }

    private static String text(JsonNode node, String field, String fallback) {
        return node.hasNonNull(field) ? node.path(field).asText() : fallback;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.path(field).asText()) : null;
    }
}
