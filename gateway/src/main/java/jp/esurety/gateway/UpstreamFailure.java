package jp.esurety.gateway;

import java.time.Duration;

/** A call the gateway could not complete: the upstream did not answer in time, was unreachable, or is switched off. */
final class UpstreamFailure extends Exception {

    enum Kind { TIMEOUT, UNREACHABLE, CIRCUIT_OPEN }

    private final Kind kind;
    private final Duration retryAfter;

    UpstreamFailure(Kind kind, Duration retryAfter, Throwable cause) {
        super(kind.name(), cause, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    Kind kind() {
        return kind;
    }

    /** When a new attempt may succeed (the open breaker's delay). */
    Duration retryAfter() {
        return retryAfter;
    }
}
