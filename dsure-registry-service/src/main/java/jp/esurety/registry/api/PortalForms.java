package jp.esurety.registry.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.registry.web.FormTokens;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the server-rendered admin pages: form errors, dates, redirects after a post. */
public final class PortalForms {

    private PortalForms() {
    }

    /** A form's state when it is shown again: the message on top and each field's message. */
    public record Errors(String message, Map<String, String> fields) {
        static final Errors NONE = new Errors(null, Map.of());

        static Errors of(ProblemException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Problem.FieldError f : e.errors()) {
                fields.putIfAbsent(f.field(), f.message());
            }
            String message = fields.isEmpty() ? e.getMessage() : "入力内容を確認してください。";
            return new Errors(message, fields);
        }

        public boolean any() {
            return message != null;
        }

        public String get(String field) {
            return fields.get(field);
        }
    }

    static LocalDate date(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError(field, message)));
        }
    }

    /** Post/redirect/get: back to a page with a notice to show. */
    static Response seeOther(String path, String notice) {
        return Response.seeOther(URI.create(path + "?notice=" + notice)).build();
    }

    static Response forbidden() {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>操作できません</title>"
                        + "<link rel=\"stylesheet\" href=\"/assets/portal.css\"></head><body><main id=\"main\">"
                        + "<h1>操作できません</h1><div class=\"alert alert-error\" role=\"alert\"><p>"
                        + FormTokens.EXPIRED + "</p></div></main></body></html>").build();
    }

    static int status(ProblemException e) {
        return e.status();
    }
}
