package io.hms.api.policy;

import java.time.Duration;
import java.util.List;

/**
 * How the healer repairs a component: the ordered repair steps, and how it judges and remembers a repair.
 *
 * <p>An empty step list means "the component's registered repairs in level order, each with its own
 * timeout", the usual case; the optimizer may evolve an explicit order.
 *
 * <p>A repair is verified by the component's health checks <em>and</em> by its callers: when the
 * component's circuit breaker is not CLOSED, the healer lets the next calls probe it (HALF_OPEN) and waits
 * up to {@code callerVerification} for their verdict. The breaker closing verifies the repair; the probes
 * failing (the breaker opens again) leaves it unverified, and the next step runs. When no call arrives in
 * that time, the health checks' verdict stands.
 *
 * <p>A component that fails again (health DOWN or breaker OPEN) within {@code reopenWithin} after its
 * incident closed re-opens that incident, which goes on with the step after the one that seemed to work,
 * instead of opening a new one that starts over at the cheapest step. Its time to recover then counts
 * from the first opening.
 *
 * @param steps              the steps in the order they run, immutable
 * @param reopenWithin       how long after an incident closes a new failure re-opens it; zero for never;
 *                           null for the default (as a policy stored before this setting existed reads)
 * @param callerVerification how long a repair's verification waits for callers' calls to confirm it;
 *                           zero to judge by the health checks alone; null for the default
 */
public record Playbook(List<PlaybookStep> steps, Duration reopenWithin, Duration callerVerification) {

    /** The default of {@link #reopenWithin()}: 30 seconds. */
    public static final Duration DEFAULT_REOPEN_WITHIN = Duration.ofSeconds(30);
    /** The default of {@link #callerVerification()}: 5 seconds. */
    public static final Duration DEFAULT_CALLER_VERIFICATION = Duration.ofSeconds(5);

    private static final Playbook BY_LEVEL = new Playbook(List.of());

    /** Copies the steps, gives an absent duration its default and validates the durations. */
    public Playbook {
        steps = List.copyOf(steps);
        reopenWithin = reopenWithin == null ? DEFAULT_REOPEN_WITHIN : reopenWithin;
        callerVerification = callerVerification == null ? DEFAULT_CALLER_VERIFICATION : callerVerification;
        Checks.notNegative(reopenWithin, "reopenWithin");
        Checks.notNegative(callerVerification, "callerVerification");
    }

    /** The steps with the default re-open window and caller verification. */
    public Playbook(List<PlaybookStep> steps) {
        this(steps, DEFAULT_REOPEN_WITHIN, DEFAULT_CALLER_VERIFICATION);
    }

    /** The registered repairs in level order, with the defaults. */
    public static Playbook byLevel() {
        return BY_LEVEL;
    }

    /** An explicit order, with the defaults. */
    public static Playbook of(PlaybookStep... steps) {
        return new Playbook(List.of(steps));
    }

    /** Whether the steps are the default, level order. */
    public boolean isByLevel() {
        return steps.isEmpty();
    }

    /** This playbook with other steps. */
    public Playbook withSteps(List<PlaybookStep> newSteps) {
        return new Playbook(newSteps, reopenWithin, callerVerification);
    }

    /** This playbook with another re-open window; zero never re-opens an incident. */
    public Playbook withReopenWithin(Duration window) {
        return new Playbook(steps, window, callerVerification);
    }

    /** This playbook with another wait for callers' verdict; zero judges repairs by the health checks alone. */
    public Playbook withCallerVerification(Duration window) {
        return new Playbook(steps, reopenWithin, window);
    }
}
