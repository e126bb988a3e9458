package io.hms.core.configurator;

import io.hms.api.policy.GuardPolicy;

/**
 * Where a canary runs: the component's guard, which sends a fraction of its calls through a
 * candidate policy and keeps the two streams' figures apart.
 */
public interface CanaryTarget {

    /** Starts sending {@code fraction} of the component's calls through {@code candidate}. */
    void startCanary(String component, GuardPolicy candidate, double fraction);

    /** Stops the canary; every call uses the baseline again. */
    void stopCanary(String component);

    /** The baseline's figures so far (cumulative). */
    TrafficSample baseline(String component);

    /** The canary's figures since it started. */
    TrafficSample canary(String component);
}
