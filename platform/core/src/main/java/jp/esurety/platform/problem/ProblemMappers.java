package jp.esurety.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Renders every error of a service as {@code application/problem+json} (RFC 9457): bean-validation failures with
 * field paths and (Japanese) messages, our {@link ProblemException}s, JAX-RS errors, and anything unexpected as a
 * 500 that names an error id but never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldPath(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(new Problem(ProblemTypes.VALIDATION, ProblemTypes.VALIDATION_TITLE, 400,
                "入力内容を確認してください。", path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.VALIDATION, ProblemTypes.VALIDATION_TITLE, 400,
                "リクエストの形式が正しくありません (malformed JSON)。", path(uri), List.of()));
    }

    /**
     * A body of the wrong shape (an array or a number where an object belongs, text for a number): without this,
     * Quarkus' built-in mapper answers a bare 400. A service may map it in more detail (priority: this one last).
     */
    @ServerExceptionMapper(priority = Priorities.USER + 100)
    public Response wrongShapeOfJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    /** A caller without the role an operation needs: a problem like every other refusal, not a bare 403. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "権限がありません (Forbidden)", 403,
                "この操作を行う権限がありません。", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return respond(new Problem(status == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.HTTP, title, status,
                null, path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        SQLException data = dataException(e);
        if (data != null) {
            // PostgreSQL refused a value of the request (SQLSTATE class 22: a NUL character, a number or date out
            // of range, text too long): the input is wrong, not the server
            LOG.warnf("Refused input %s on %s: SQLSTATE %s %s", errorId, path(uri), data.getSQLState(),
                    data.getMessage());
            return respond(new Problem(ProblemTypes.VALIDATION, ProblemTypes.VALIDATION_TITLE, 400,
                    "入力値に使用できない文字または範囲外の値が含まれています。", path(uri), List.of()));
        }
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return respond(new Problem(ProblemTypes.INTERNAL, "内部エラーが発生しました (Internal error)", 500,
                "エラーID: " + errorId, path(uri), List.of()));
    }

    /** The database's "data exception" (SQLSTATE class 22) somewhere in the causes, if any. */
    static SQLException dataException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return sql;
            }
        }
        return null;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** {@code submit.request.lines[0].depositBank} → {@code lines[0].depositBank}: method and parameter dropped. */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CROSS_PARAMETER, RETURN_VALUE -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getName() != null) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }
}
