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
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A component's policy from its {@code hms.components.<name>.*} properties, laid over the defaults. */
final class ComponentPolicies {

    /** A message that starts with a field of a policy part: {@code failureRateThreshold must be ...}. */
    private static final Pattern FIELD = Pattern.compile("([a-z][A-Za-z]*) (?=must|is|should|cannot)");

    /** The policy parts' fields whose property is named otherwise. */
    private static final Map<String, String> ALIASES = Map.of("initialLimit", "initial", "minLimit", "min",
            "maxLimit", "max");

    private ComponentPolicies() {
    }

    /**
     * The policy that {@code properties} ask for.
     *
     * @throws HmsPropertyException naming the part of {@code hms.components.<name>} whose values are not valid
     */
    static ComponentPolicy of(String name, ComponentProperties properties) {
        return over(ComponentPolicy.defaults(), "hms.components." + name + ".", properties);
    }

    /**
     * {@code base} with what {@code properties} set laid over it.
     *
     * @param prefix the properties' prefix in messages, e.g. {@code hms.components.db.}
     * @throws HmsPropertyException naming the property whose value is not valid
     */
    static ComponentPolicy over(ComponentPolicy base, String prefix, ComponentProperties properties) {
        GuardPolicy guard = base.guard();
        if (properties.getTimeout() != null) {
            guard = guard.withTimeout(valid(prefix + "timeout", () -> TimeoutPolicy.of(properties.getTimeout())));
        }
        GuardPolicy parts = guard;
        guard = guard.withLimit(valid(prefix + "limit", () -> limit(parts.limit(), properties.getLimit())))
                .withBreaker(valid(prefix + "breaker", () -> breaker(parts.breaker(), properties.getBreaker())))
                .withRetry(valid(prefix + "retry", () -> retry(parts.retry(), properties.getRetry())));
        HealthPolicy health = valid(prefix + "health", () -> health(base.health(), properties.getHealth()));
        return base.withHealth(health).withGuard(guard);
    }

    private static <T> T valid(String property, Supplier<T> part) {
        try {
            return part.get();
        } catch (IllegalArgumentException e) {
            throw named(property, e.getMessage());
        }
    }

    /**
     * The problem {@code message} of a policy part, at the property it names when it starts with a field's name
     * ({@code failureRateThreshold must be ...} at {@code hms.components.db.breaker} is about
     * {@code hms.components.db.breaker.failure-rate-threshold}), else at {@code group}.
     */
    static HmsPropertyException named(String group, String message) {
        Matcher field = FIELD.matcher(message);
        if (field.lookingAt()) {
            String name = ALIASES.getOrDefault(field.group(1), field.group(1)).replaceAll("([A-Z])", "-$1")
                    .toLowerCase(Locale.ROOT);
            String property = group.endsWith("." + name) ? group : group + "." + name;
            return new HmsPropertyException(property, message.substring(field.end()).strip());
        }
        return new HmsPropertyException(group, message);
    }

    private static HealthPolicy health(HealthPolicy d, HealthProperties p) {
        return new HealthPolicy(or(p.getInterval(), d.interval()), or(p.getTimeout(), d.timeout()),
                or(p.getFailuresToDown(), d.failuresToDown()), or(p.getSuccessesToUp(), d.successesToUp()));
    }

    private static ConcurrencyLimitPolicy limit(ConcurrencyLimitPolicy d, LimitProperties p) {
        return new ConcurrencyLimitPolicy(or(p.getAlgorithm(), d.algorithm()), or(p.getInitial(), d.initialLimit()),
                or(p.getMin(), d.minLimit()), or(p.getMax(), d.maxLimit()), d.backoffRatio(),
                or(p.getLatencyThreshold(), d.latencyThreshold()), d.tolerance(), or(p.getMaxWait(), d.maxWait()));
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
