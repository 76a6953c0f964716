package jp.esurety.registry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an orderer wants key notices submitted: the address to send them to, the mandated subject (placeholders
 * {@code {工事番号}} and {@code {工事名}} only, e.g. 「【電子保証】{工事番号} {工事名}」), and whether a printout of the
 * certificate must accompany them.
 */
public record SubmissionSettings(String submissionAddress, String subjectTemplate, boolean printoutRequired) {

    public static final List<String> PLACEHOLDERS = List.of("{工事番号}", "{工事名}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern MAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    /** Field → message for every rule broken (empty when valid). */
    public List<String[]> problems() {
        List<String[]> out = new ArrayList<>();
        if (submissionAddress != null && !submissionAddress.isBlank() && !MAIL.matcher(submissionAddress).matches()) {
            out.add(new String[]{"submissionAddress", "提出先メールアドレスの形式が正しくありません。"});
        }
        if (subjectTemplate != null) {
            if (subjectTemplate.length() > 200) {
                out.add(new String[]{"subjectTemplate", "件名は200文字以内で入力してください。"});
            }
            Matcher m = PLACEHOLDER.matcher(subjectTemplate);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group())) {
                    out.add(new String[]{"subjectTemplate", "件名に使える差し込み項目は {工事番号} と {工事名} だけです。"});
                    break;
                }
            }
        }
        return out;
    }

    /** The subject for one work, e.g. 【電子保証】令和8年度 第123号 小美玉市道1-2345号線道路改良工事. */
    public String subjectFor(String workNumber, String workName) {
        return subjectTemplate == null ? "" : subjectTemplate.replace("{工事番号}", workNumber).replace("{工事名}", workName);
    }
}
