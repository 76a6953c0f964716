package jp.esurety.issuance.domain.funds;

/** A broken funds rule: its name (for the problem type), the field concerned (may be null) and a Japanese message. */
public record FundsRuleViolation(String rule, String field, String message) {
}
