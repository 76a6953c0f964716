package jp.esurety.platform.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds and parses CloudEvents types of the form {@code jp.esurety.<context>.<EventName>.v<N>}. */
public final class EventTypes {

    private static final Pattern TYPE = Pattern.compile("jp\\.esurety\\.([a-z]+)\\.([A-Z][A-Za-z]+)\\.(v[0-9]+)");

    private EventTypes() {
    }

    /** {@code of("issuance", "CertificateIssued")} → {@code jp.esurety.issuance.CertificateIssued.v1}. */
    public static String of(String context, String eventName) {
        return "jp.esurety." + context + "." + eventName + ".v1";
    }

    public static boolean isValid(String type) {
        return type != null && TYPE.matcher(type).matches();
    }

    static String nameOf(String type) {
        return parse(type).group(2);
    }

    static String versionOf(String type) {
        return parse(type).group(3);
    }

    private static Matcher parse(String type) {
        Matcher m = TYPE.matcher(type == null ? "" : type);
        if (!m.matches()) {
            throw new MalformedEventException("unknown event type format: " + type);
        }
        return m;
    }
}
