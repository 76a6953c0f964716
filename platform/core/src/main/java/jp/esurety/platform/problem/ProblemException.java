package jp.esurety.platform.problem;

import java.util.List;

/**
 * A failure a client should see as problem+json with this status: services throw it (or a subclass) from use cases
 * and resources; the platform's mapper renders it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 404: unknown and not-yours look the same to the caller. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "見つかりません (Not Found)", detail, List.of());
    }

    /** 422: the request is well-formed but breaks a business rule; {@code field} may be null. */
    public static ProblemException ruleViolated(String rule, String field, String message) {
        List<Problem.FieldError> errors = field == null ? List.of() : List.of(new Problem.FieldError(field, message));
        return new ProblemException(422, ProblemTypes.RULE_PREFIX + rule, "業務ルールに違反しています (Business rule violated)",
                message, errors);
    }

    /** 400 with field errors. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, ProblemTypes.VALIDATION, ProblemTypes.VALIDATION_TITLE,
                "入力内容を確認してください。", errors);
    }

    /** 409: the resource's state does not allow the operation. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "現在の状態では実行できません (Conflict)", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
