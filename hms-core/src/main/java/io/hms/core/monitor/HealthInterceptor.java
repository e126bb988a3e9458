package io.hms.core.monitor;

import io.hms.api.Health;

/**
 * Takes part in a component's health from outside the host's code: consulted by the
 * {@link HealthProbe} before each health check runs, and told when a repair of the component ran.
 * The chaos agent uses it to kill a component (its checks fail) until a repair restores it; the
 * monitor and the healer know only this interface.
 *
 * <pre>{@code
 * HealthInterceptor killed = new HealthInterceptor() {
 *     public Health beforeCheck(String component) { return Health.down("killed"); }
 *     public void repairRan(String component, String function, int level) { }
 * };
 * Monitor monitor = new Monitor(registry, events, scheduler, killed);
 * }</pre>
 *
 * <p>Implementations must be thread-safe, quick and must not throw: they run on check and repair threads.
 */
public interface HealthInterceptor {

    /** Intercepts nothing: every check runs as registered. */
    HealthInterceptor NONE = new HealthInterceptor() {
        @Override
        public Health beforeCheck(String component) {
            return null;
        }

        @Override
        public void repairRan(String component, String function, int level) {
        }
    };

    /**
     * Called before a health check of {@code component} runs.
     *
     * @return the result to report instead of running the check, or null to run it
     */
    Health beforeCheck(String component);

    /** Called after a repair of {@code component} returned true, before the healer verifies it. */
    void repairRan(String component, String function, int level);
}
