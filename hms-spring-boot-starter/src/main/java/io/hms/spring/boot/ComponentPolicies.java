package io.hms.spring.boot;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.spring.boot.ComponentProperties.BreakerProperties;
import io.hms.spring.boot.ComponentProperties.HealthProperties;
import io.hms.spring.boot.ComponentProperties.LimitProperties;
import io.hms.spring.boot.ComponentProperties.RetryProperties;
import java.util.function.Supplier;

/** A component's policy from its {@code hms.components.<name>.*} properties, laid over the defaults. */
final class ComponentPolicies {

    private ComponentPolicies() {
    }

    /**
     * The policy that {@code properties} ask for.
     *
     * @throws HmsPropertyException naming the part of {@code hms.components.<name>} whose values are not valid
     */
    static ComponentPolicy of(String name, ComponentProperties properties) {
        String prefix = "hms.components." + name + ".";
        ComponentPolicy defaults = ComponentPolicy.defaults();
        GuardPolicy guard = defaults.guard();
        if (properties.getTimeout() != null) {
            guard = guard.withTimeout(valid(prefix + "timeout", () -> TimeoutPolicy.of(properties.getTimeout())));
        }
        GuardPolicy base = guard;
        guard = guard.withLimit(valid(prefix + "limit", () -> limit(base.limit(), properties.getLimit())))
                .withBreaker(valid(prefix + "breaker", () -> breaker(base.breaker(), properties.getBreaker())))
                .withRetry(valid(prefix + "retry", () -> retry(base.retry(), properties.getRetry())));
        HealthPolicy health = valid(prefix + "health", () -> health(defaults.health(), properties.getHealth()));
        return defaults.withHealth(health).withGuard(guard);
    }

    private static <T> T valid(String property, Supplier<T> part) {
        try {
            return part.get();
        } catch (IllegalArgumentException e) {
            throw new HmsPropertyException(property, e.getMessage());
        }
    }

    private static HealthPolicy health(HealthPolicy d, HealthProperties p) {
        return new HealthPolicy(or(p.getInterval(), d.interval()), or(p.getTimeout(), d.timeout()),
                or(p.getFailuresToDown(), d.failuresToDown()), or(p.getSuccessesToUp(), d.successesToUp()));
    }

    private static ConcurrencyLimitPolicy limit(ConcurrencyLimitPolicy d, LimitProperties p) {
        return new ConcurrencyLimitPolicy(or(p.getAlgorithm(), d.algorithm()), or(p.getInitial(), d.initialLimit()),
                or(p.getMin(), d.minLimit()), or(p.getMax(), d.maxLimit()), d.backoffRatio(),
                or(p.getLatencyThreshold(), d.latencyThreshold()), d.tolerance());
    }

    private static BreakerPolicy breaker(BreakerPolicy d, BreakerProperties p) {
        return new BreakerPolicy(or(p.getWindowType(), d.windowType()), or(p.getWindowSize(), d.windowSize()),
                or(p.getFailureRateThreshold(), d.failureRateThreshold()),
                or(p.getSlowCallRateThreshold(), d.slowCallRateThreshold()),
                or(p.getSlowCallDuration(), d.slowCallDuration()), or(p.getMinimumCalls(), d.minimumCalls()),
                or(p.getOpenDuration(), d.openDuration()), or(p.getHalfOpenProbes(), d.halfOpenProbes()));
    }

    private static RetryPolicy retry(RetryPolicy d, RetryProperties p) {
        return new RetryPolicy(or(p.getMaxAttempts(), d.maxAttempts()), or(p.getInitialBackoff(), d.initialBackoff()),
                or(p.getMultiplier(), d.multiplier()), or(p.getMaxBackoff(), d.maxBackoff()), or(p.getJitter(), d.jitter()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
