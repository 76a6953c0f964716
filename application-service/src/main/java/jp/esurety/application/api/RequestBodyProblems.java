package jp.esurety.application.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemTypes;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A value of the wrong kind in the body (a decimal amount, an unknown 保証の種類, a malformed date) is a field error
 * like any other, not a "malformed JSON": rule 6 wants amounts as whole yen, so decimals are refused, not truncated.
 */
@Singleton
public class RequestBodyProblems implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    @ServerExceptionMapper
    public Response wrongKindOfValue(MismatchedInputException e, UriInfo uri) {
        Problem.FieldError error = new Problem.FieldError(field(e.getPath()), message(e.getTargetType()));
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new Problem(ProblemTypes.VALIDATION, ProblemTypes.VALIDATION_TITLE, 400,
                        "入力内容を確認してください。", uri.getPath(), List.of(error)))
                .build();
    }

    static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String message(Class<?> type) {
        if (type == null) {
            return "入力形式が正しくありません。";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "金額・数値は整数で入力してください(小数や文字は入力できません)。";
        }
        if (type.isEnum()) {
            return "次のいずれかを指定してください: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(" | "));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "日付は yyyy-MM-dd の形式で入力してください。";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true または false を指定してください。";
        }
        return "入力形式が正しくありません。";
    }
}
