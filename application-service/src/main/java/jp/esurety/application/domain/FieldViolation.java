package jp.esurety.application.domain;

/** A broken rule on one field of the application form ({@code lines[0].guaranteeAmount}), with a Japanese message. */
public record FieldViolation(String field, String message) {
}
