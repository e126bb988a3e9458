package io.hms.api.optimize;

import io.hms.api.event.RepairOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A closed incident as the optimizer learns from it: what failed (the trigger, its failure signature),
 * which repair steps ran in which order, how each ended and how long it took.
 *
 * <pre>{@code
 * new IncidentRecord("inventory", "health DOWN: pool exhausted", List.of(
 *         new IncidentRecord.Step("clear-cache", RepairOutcome.UNVERIFIED, Duration.ofSeconds(1)),
 *         new IncidentRecord.Step("restart-pool", RepairOutcome.VERIFIED, Duration.ofSeconds(8))),
 *         Duration.ofSeconds(9));
 * }</pre>
 *
 * <p>Immutable, validated.
 *
 * @param component the component
 * @param trigger   what opened it; incidents with the same trigger share a failure signature
 * @param steps     the repair steps in the order they ran
 * @param mttr      the time from opening to closing
 */
public record IncidentRecord(String component, String trigger, List<Step> steps, Duration mttr) {

    /** Validates and copies the fields. */
    public IncidentRecord {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(trigger, "trigger");
        steps = List.copyOf(steps);
        Objects.requireNonNull(mttr, "mttr");
        if (mttr.isNegative()) {
            throw new IllegalArgumentException("mttr must not be negative, got " + mttr);
        }
    }

    /**
     * One repair step of the incident.
     *
     * @param function the repair function
     * @param outcome  what came of it
     * @param duration how long it and its verification took
     */
    public record Step(String function, RepairOutcome outcome, Duration duration) {

        /** Validates the fields. */
        public Step {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("duration of step " + function + " must not be negative, got "
                        + duration);
            }
        }
    }
}
