package jp.esurety.registry.domain;

/** How a lookup attempt ended, as recorded in the audit log. */
public enum LookupOutcome {
    /** The certificate was shown. */
    VIEWED,
    /** Wrong key, unknown number, malformed input or someone else's certificate (never told apart). */
    FAILED,
    /** The user is locked out of this contract after too many failures. */
    LOCKED,
    /** Too many lookups by this user or from this address in the current window. */
    RATE_LIMITED,
    /** The user is disabled in (or not of this organisation according to) the organisation's user roster. */
    USER_DISABLED
}
