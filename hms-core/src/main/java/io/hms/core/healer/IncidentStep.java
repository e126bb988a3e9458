package io.hms.core.healer;

import io.hms.api.event.RepairOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One repair step of an incident, as it happened. Immutable.
 *
 * @param function  the repair function's name
 * @param level     its level (0 for a playbook step naming a function that is not registered)
 * @param attempt   the pass over the playbook it belongs to, from 1
 * @param outcome   what came of it
 * @param startedAt when the repair started
 * @param duration  how long the repair and its verification took
 * @param detail    the exception, timeout or remaining health reason; empty when verified
 */
public record IncidentStep(String function, int level, int attempt, RepairOutcome outcome, Instant startedAt,
                           Duration duration, String detail) {

    /** Validates the fields. */
    public IncidentStep {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(detail, "detail");
    }
}
