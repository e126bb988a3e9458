package io.hms.core.monitor;

import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.event.HealthChanged;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.VersionedPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monitor's view of one component: its health policy, its scheduled checks and its judged health,
 * which is the worst judgement of its checks (each judged with its own {@link Hysteresis}), with the
 * reasons of the checks at that status. Checks not judged yet do not count while another is; a
 * component none of whose checks is judged, or that has none, is UNKNOWN.
 *
 * <p>Thread-safe: every method locks the watch. The monitor also publishes the returned events while
 * holding it, so a component's {@link HealthChanged} events leave in the order they were decided.
 */
final class ComponentWatch {

    private final String component;
    private final Map<String, CheckRunner> checks = new LinkedHashMap<>();
    private VersionedPolicy policy;
    private Health current;

    /** The reason of a component without checks. */
    static final String NO_CHECKS = "no health check is registered";

    ComponentWatch(String component, VersionedPolicy policy, Instant start) {
        this.component = component;
        this.policy = policy;
        this.current = Health.unknown(NO_CHECKS).at(start);
    }

    String component() {
        return component;
    }

    synchronized Health current() {
        return current;
    }

    synchronized HealthPolicy policy() {
        return policy.policy().health();
    }

    /** Takes {@code next} if it is newer than the policy the watch has; returns whether it did. */
    synchronized boolean updatePolicy(VersionedPolicy next) {
        if (next.version() <= policy.version()) {
            return false;
        }
        policy = next;
        return true;
    }

    synchronized CheckRunner runner(String key) {
        return checks.get(key);
    }

    synchronized boolean holds(CheckRunner runner) {
        return checks.get(runner.function().descriptor().key()) == runner;
    }

    synchronized List<CheckRunner> runners() {
        return new ArrayList<>(checks.values());
    }

    /** Files {@code runner} under its key; returns the runner it replaced, or null. */
    synchronized CheckRunner put(CheckRunner runner) {
        return checks.put(runner.function().descriptor().key(), runner);
    }

    /** Removes {@code runner} if it is still the one filed under its key; returns whether it did. */
    synchronized boolean remove(CheckRunner runner) {
        return checks.remove(runner.function().descriptor().key(), runner);
    }

    /**
     * Takes one result of {@code runner} into account.
     *
     * @return the event to publish if the component's status changed
     */
    synchronized Optional<HealthChanged> record(CheckRunner runner, Health result, Instant now) {
        if (!holds(runner)) {
            return Optional.empty();
        }
        runner.judge().record(result, policy());
        return recompute(now);
    }

    /**
     * Settles every check at {@code verified}, evidence that outweighs hysteresis.
     *
     * @return the event to publish if the component's status changed
     */
    synchronized Optional<HealthChanged> settle(Health verified) {
        for (CheckRunner runner : checks.values()) {
            runner.judge().settle(verified);
        }
        return recompute(verified.time());
    }

    /**
     * Folds the checks' judgements into the component's health.
     *
     * @return the event to publish if the component's status changed
     */
    synchronized Optional<HealthChanged> recompute(Instant now) {
        HealthStatus worst = HealthStatus.UNKNOWN;
        for (CheckRunner runner : checks.values()) {
            worst = worst.worst(runner.judge().judged().status());
        }
        Set<String> reasons = new LinkedHashSet<>();
        if (checks.isEmpty()) {
            reasons.add(NO_CHECKS);
        }
        for (CheckRunner runner : checks.values()) {
            Health judged = runner.judge().judged();
            if (judged.status() == worst && !judged.reason().isEmpty()) {
                reasons.add(judged.reason());
            }
        }
        Health previous = current;
        current = new Health(worst, String.join("; ", reasons), now);
        return previous.status() == worst ? Optional.empty()
                : Optional.of(new HealthChanged(now, component, previous, current));
    }
}
