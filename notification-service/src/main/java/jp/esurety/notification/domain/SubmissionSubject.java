package jp.esurety.notification.domain;

import java.util.Map;

/**
 * The subject an orderer mandates for submissions by mail, e.g. 「【電子保証】{工事番号} {工事名}」. Known placeholders:
 * {工事番号} {工事名} {保証契約番号} {受注者名} {商品}; an orderer without a template gets {@link #DEFAULT}.
 */
public final class SubmissionSubject {

    public static final String DEFAULT = "【電子保証】{工事番号} {工事名}";

    private SubmissionSubject() {
    }

    public static String of(String template, Map<String, String> fields) {
        String subject = template == null || template.isBlank() ? DEFAULT : template;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            subject = subject.replace("{" + field.getKey() + "}", field.getValue() == null ? "" : field.getValue());
        }
        return subject.replaceAll("\\s+", " ").strip();
    }
}
