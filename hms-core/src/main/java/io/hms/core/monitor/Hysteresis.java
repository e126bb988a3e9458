package io.hms.core.monitor;

import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.policy.HealthPolicy;
import java.time.Instant;

/**
 * The judgement of one health check over its consecutive results: the rule that keeps one bad (or
 * one good) result from flipping a component.
 *
 * <p>A result is a <em>failure</em> (DOWN, a throw or a timeout), <em>working</em> (UP or DEGRADED) or a
 * <em>success</em> (UP). The rule, with {@code F = failuresToDown} and {@code S = successesToUp}:
 * <ul>
 *   <li>{@code F} consecutive failures turn the judgement DOWN, from UP or DEGRADED;</li>
 *   <li>a DEGRADED result turns an UP judgement DEGRADED at once (degradation is reported, not repaired,
 *       so it needs no hysteresis);</li>
 *   <li>{@code S} consecutive successes turn a DEGRADED or DOWN judgement UP;</li>
 *   <li>{@code S} consecutive working results that are not all successes turn a DOWN judgement DEGRADED:
 *       the component works again, but worse than normal.</li>
 * </ul>
 * Any other result leaves the judgement as it is. The judged health carries the reason and time of the
 * latest result that agrees with the judged status, so a DOWN judgement keeps the reason of the last
 * failure while good results accumulate.
 *
 * <p>Before its first result the judgement is UNKNOWN: there is no earlier judgement to protect from a
 * blip, so the first success makes it UP and the first DEGRADED result DEGRADED at once, while failures
 * still need {@code F} in a row to make it DOWN (the judgement stays UNKNOWN until then, its reason
 * counting them). An UNKNOWN result (which the probe never passes on) changes nothing.
 *
 * <p>The thresholds are read at each result, so a new policy applies from the next result on.
 * Not thread-safe: its {@link ComponentWatch} guards it.
 */
final class Hysteresis {

    /** The reason of a check that has not given a result yet. */
    static final String NOT_RUN = "no check has run yet";

    private HealthStatus judged = HealthStatus.UNKNOWN;
    private Health health;
    private int failures;
    private int working;
    private int successes;

    /** A judgement that starts UNKNOWN at {@code start}. */
    Hysteresis(Instant start) {
        this.health = Health.unknown(NOT_RUN).at(start);
    }

    /** The current judgement. */
    Health judged() {
        return health;
    }

    /**
     * Starts over from {@code verified}, a result that settles the judgement at once (the healer's
     * verification of a repair by the same checks); the counters restart.
     */
    void settle(Health verified) {
        judged = verified.status();
        health = verified;
        failures = 0;
        working = 0;
        successes = 0;
    }

    /**
     * Takes one result into account.
     *
     * @param result the check's result, stamped with the time it was observed
     * @param policy the thresholds in force
     * @return the judgement after it
     */
    Health record(Health result, HealthPolicy policy) {
        HealthStatus next = switch (result.status()) {
            case DOWN -> {
                failures++;
                working = 0;
                successes = 0;
                yield failures >= policy.failuresToDown() ? HealthStatus.DOWN : judged;
            }
            case DEGRADED -> {
                failures = 0;
                working++;
                successes = 0;
                boolean recovered = judged == HealthStatus.DOWN && working >= policy.successesToUp();
                boolean fresh = judged == HealthStatus.UP || judged == HealthStatus.UNKNOWN;
                yield fresh || recovered ? HealthStatus.DEGRADED : judged;
            }
            case UP -> {
                failures = 0;
                working++;
                successes++;
                if (successes >= policy.successesToUp() || judged == HealthStatus.UNKNOWN) {
                    yield HealthStatus.UP;
                }
                yield judged == HealthStatus.DOWN && working >= policy.successesToUp() ? HealthStatus.DEGRADED : judged;
            }
            case UNKNOWN -> judged;
        };
        if (next == HealthStatus.UNKNOWN && result.status() == HealthStatus.DOWN) {
            health = Health.unknown("not judged yet, " + failures + " of " + policy.failuresToDown()
                    + " failures to DOWN: " + result.reason()).at(result.time());
        } else if (next == result.status()) {
            health = result;
        } else if (next != judged) {
            health = new Health(next, result.reason(), result.time());
        }
        judged = next;
        return health;
    }
}
