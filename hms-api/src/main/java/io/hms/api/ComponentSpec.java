package io.hms.api;

import io.hms.api.policy.ComponentPolicy;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Declares a component: its name, its initial policy and which failures its guard retries.
 *
 * <pre>{@code
 * ComponentSpec.of("inventory")
 *     .withPolicy(ComponentPolicy.defaults().withGuard(guard))
 *     .withRetryOn(e -> e instanceof java.io.IOException);
 * }</pre>
 *
 * @param name    the component's name (see {@link Names})
 * @param policy  its initial policy (version 1)
 * @param retryOn which exceptions of a guarded call are retried; the policy decides how often
 */
public record ComponentSpec(String name, ComponentPolicy policy, Predicate<? super Throwable> retryOn) {

    /** Retries every {@link Exception}; errors such as {@link OutOfMemoryError} are not retried. */
    public static final Predicate<Throwable> RETRY_ON_EXCEPTIONS = e -> e instanceof Exception;

    /** Validates the fields. */
    public ComponentSpec {
        Names.requireName(name, "component name");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(retryOn, "retryOn");
    }

    /** A component with the default policy, retrying every exception. */
    public static ComponentSpec of(String name) {
        return new ComponentSpec(name, ComponentPolicy.defaults(), RETRY_ON_EXCEPTIONS);
    }

    /** This spec with another initial policy. */
    public ComponentSpec withPolicy(ComponentPolicy newPolicy) {
        return new ComponentSpec(name, newPolicy, retryOn);
    }

    /** This spec with another retry predicate. */
    public ComponentSpec withRetryOn(Predicate<? super Throwable> newRetryOn) {
        return new ComponentSpec(name, policy, newRetryOn);
    }
}
