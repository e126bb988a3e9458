package io.hms.core.guard.internal;

import io.hms.api.FallbackFunction;
import io.hms.api.policy.GuardPolicy;

/**
 * The capability to change the guards of one {@link io.hms.core.guard.Guards}: swap a component's
 * policy live, set its fallback, run a canary beside its baseline. Every method throws
 * {@link IllegalArgumentException} naming the known components for an unknown one.
 *
 * <p>Why a capability rather than public methods on {@link io.hms.core.guard.Guard}: a runtime hands
 * its guards to every caller of {@code Hms.guard(...)}, and a policy must change only through the
 * configurator (canary, comparison, commit through the coordinator, then the registry). The callers
 * that may change guards live in other packages (the runtime's registry wiring, the configurator's
 * canary target), so package-private methods cannot serve them; instead whoever builds a
 * {@code Guards} obtains this from {@link io.hms.core.guard.Guards#control()} and hands it on to those
 * callers only. A runtime never exposes its {@code Guards}.
 *
 * <p>Thread-safe; none of it is on the call path.
 */
public interface GuardControl {

    /**
     * Swaps the baseline policy of {@code component}'s guard live: the breaker keeps its state and
     * window contents, the limiter its current limit clamped to the new bounds; calls in flight finish
     * under the policy they started with.
     */
    void updatePolicy(String component, GuardPolicy policy);

    /** Sets the fallback of {@code component}'s guard; null for none. */
    void fallback(String component, FallbackFunction fallbackOrNull);

    /**
     * Sends {@code fraction} of {@code component}'s calls (chosen at random per call) through a new
     * pipeline built from {@code candidate}, with its own breaker, limiter, stats and trace, replacing
     * any running canary; the fallback is shared.
     *
     * @param fraction in [0, 1]: 0 sends nothing to the canary, 1 everything
     */
    void startCanary(String component, GuardPolicy candidate, double fraction);

    /** Sends every call of {@code component} through its baseline again; the canary's stats are discarded. */
    void stopCanary(String component);
}
