package jp.esurety.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time an application changes, to the microsecond PostgreSQL keeps: the answer to a request and a later read
 * (or an idempotent replay, rule 8) show the same instant.
 */
final class Times {

    private Times() {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
