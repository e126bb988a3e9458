package io.hms.plan;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a plan sets of one component's policy. Every field may be left out (null): a plan states only what it
 * wants, and {@link #over} keeps the rest of the policy it is laid over.
 *
 * <pre>{@code
 * ComponentPolicy policy = plan.components().get("payments").over(ComponentPolicy.defaults());
 * }</pre>
 *
 * @param health   the monitor's settings
 * @param guard    the guard's settings
 * @param playbook the healer's settings
 */
public record ComponentPlan(Health health, Guard guard, PlaybookPlan playbook) {

    /**
     * {@code base} with what this plan sets laid over it.
     *
     * @throws IllegalArgumentException when the result is not a valid policy (e.g. a retry whose maxBackoff is
     *         under its initialBackoff), with the policy's own message
     */
    public ComponentPolicy over(ComponentPolicy base) {
        return new ComponentPolicy(health == null ? base.health() : health.over(base.health()),
                guard == null ? base.guard() : guard.over(base.guard()),
                playbook == null ? base.playbook() : playbook.over(base.playbook()));
    }

    private static <T> T or(T value, T base) {
        return value == null ? base : value;
    }

    /** The monitor's settings. */
    public record Health(Duration interval, Duration timeout, Integer failuresToDown, Integer successesToUp) {
        HealthPolicy over(HealthPolicy base) {
            return new HealthPolicy(or(interval, base.interval()), or(timeout, base.timeout()),
                    or(failuresToDown, base.failuresToDown()), or(successesToUp, base.successesToUp()));
        }
    }

    /** The guard's settings: a timeout and the limit, breaker and retry. */
    public record Guard(Duration timeout, Limit limit, Breaker breaker, Retry retry) {
        GuardPolicy over(GuardPolicy base) {
            return new GuardPolicy(timeout == null ? base.timeout() : TimeoutPolicy.of(timeout),
                    limit == null ? base.limit() : limit.over(base.limit()),
                    breaker == null ? base.breaker() : breaker.over(base.breaker()),
                    retry == null ? base.retry() : retry.over(base.retry()));
        }
    }

    /** The concurrency limit's settings; the algorithm in lower case, as plans write it. */
    public record Limit(String algorithm, Integer initialLimit, Integer minLimit, Integer maxLimit, Double backoffRatio,
                        Duration latencyThreshold, Double tolerance, Duration maxWait) {
        ConcurrencyLimitPolicy over(ConcurrencyLimitPolicy base) {
            return new ConcurrencyLimitPolicy(
                    algorithm == null ? base.algorithm() : LimitAlgorithm.valueOf(algorithm.toUpperCase(Locale.ROOT)),
                    or(initialLimit, base.initialLimit()), or(minLimit, base.minLimit()), or(maxLimit, base.maxLimit()),
                    or(backoffRatio, base.backoffRatio()), or(latencyThreshold, base.latencyThreshold()),
                    or(tolerance, base.tolerance()), or(maxWait, base.maxWait()));
        }
    }

    /** The circuit breaker's settings; the window type in lower case, the rates in percent. */
    public record Breaker(String windowType, Integer windowSize, Double failureRateThreshold,
                          Double slowCallRateThreshold, Duration slowCallDuration, Integer minimumCalls,
                          Duration openDuration, Integer halfOpenProbes) {
        BreakerPolicy over(BreakerPolicy base) {
            return new BreakerPolicy(
                    windowType == null ? base.windowType() : WindowType.valueOf(windowType.toUpperCase(Locale.ROOT)),
                    or(windowSize, base.windowSize()),
                    failureRateThreshold == null ? base.failureRateThreshold() : failureRateThreshold.floatValue(),
                    slowCallRateThreshold == null ? base.slowCallRateThreshold() : slowCallRateThreshold.floatValue(),
                    or(slowCallDuration, base.slowCallDuration()), or(minimumCalls, base.minimumCalls()),
                    or(openDuration, base.openDuration()), or(halfOpenProbes, base.halfOpenProbes()));
        }
    }

    /** The retry's settings. */
    public record Retry(Integer maxAttempts, Duration initialBackoff, Double multiplier, Duration maxBackoff,
                        Double jitter) {
        RetryPolicy over(RetryPolicy base) {
            return new RetryPolicy(or(maxAttempts, base.maxAttempts()), or(initialBackoff, base.initialBackoff()),
                    or(multiplier, base.multiplier()), or(maxBackoff, base.maxBackoff()), or(jitter, base.jitter()));
        }
    }

    /** The healer's settings: explicit steps (left out: the registered repairs by level) and its windows. */
    public record PlaybookPlan(List<Step> steps, Duration reopenWithin, Duration callerVerification) {
        Playbook over(Playbook base) {
            return new Playbook(steps == null ? base.steps()
                    : steps.stream().map(s -> new PlaybookStep(s.function(), s.timeout())).toList(),
                    or(reopenWithin, base.reopenWithin()), or(callerVerification, base.callerVerification()));
        }
    }

    /** One repair step: the registered repair's name and how long it may take. */
    public record Step(String function, Duration timeout) {
    }
}
