package jp.esurety.platform.problem;

/** The {@code type} URIs of our problems. */
public final class ProblemTypes {
    public static final String VALIDATION = "urn:esurety:problem:validation";
    public static final String VALIDATION_TITLE = "入力内容に誤りがあります (Invalid request)";
    public static final String NOT_FOUND = "urn:esurety:problem:not-found";
    public static final String CONFLICT = "urn:esurety:problem:conflict";
    public static final String RULE_PREFIX = "urn:esurety:problem:rule:";
    public static final String FORBIDDEN = "urn:esurety:problem:forbidden";
    public static final String HTTP = "urn:esurety:problem:http";
    public static final String INTERNAL = "urn:esurety:problem:internal";

    private ProblemTypes() {
    }
}
