package jp.esurety.application.domain;

import java.util.Optional;

/** Rule 3 (FAQ Q5): a change of a guarantee contract keeps its format — paper and electronic never mix in one. */
public final class AmendmentFormatRule {

    private AmendmentFormatRule() {
    }

    public static Optional<String> violation(CertificateFormat contractFormat, CertificateFormat requested) {
        if (requested == null || requested == contractFormat) {
            return Optional.empty();
        }
        return Optional.of(contractFormat == CertificateFormat.ELECTRONIC
                ? "電子保証の保証契約の変更は電子保証で申し込んでください。"
                : "証書(紙)の保証契約の変更は証書(紙)で申し込んでください。");
    }
}
