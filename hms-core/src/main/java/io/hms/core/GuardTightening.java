package io.hms.core;

import io.hms.api.event.AnomalyDetected;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.VersionedPolicy;
import io.hms.core.configurator.Configurator;
import io.hms.core.registry.RegistryView;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code TIGHTER_GUARD} response to an anomaly: while it lasts, the component's guard is tighter (its
 * breaker opens on half the failure rate and half the calls; no retries), applied through the configurator;
 * when it is over, the guard from before comes back, unless the policy changed meanwhile. In a cluster the
 * patch is committed for every instance, like every policy change: an instance whose anomaly comes while
 * the guard is already tightened by an anomaly (its version's patch id says so) leaves it, so the guard is
 * never tightened twice, and the instance that tightened it restores it.
 */
final class GuardTightening {

    /** The source of its patches. */
    static final String SOURCE = "anomaly";
    /** How the ids of its patches begin, so a version it made is known on every instance. */
    static final String ID_PREFIX = "anomaly-";

    private static final Logger LOG = LoggerFactory.getLogger(GuardTightening.class);

    private final RegistryView registry;
    private final Configurator configurator;
    private final Map<String, Tightened> tightened = new ConcurrentHashMap<>();

    GuardTightening(RegistryView registry, Configurator configurator) {
        this.registry = registry;
        this.configurator = configurator;
    }

    /** {@code guard} with a breaker that opens on half the failure rate and half the calls, and no retries. */
    static GuardPolicy tighter(GuardPolicy guard) {
        BreakerPolicy breaker = guard.breaker();
        return guard.withBreaker(breaker.withFailureRateThreshold(Math.max(1f, breaker.failureRateThreshold() / 2))
                        .withMinimumCalls(Math.max(1, breaker.minimumCalls() / 2)))
                .withRetry(RetryPolicy.none());
    }

    /** Applies the tighter guard to the anomaly's component, unless it is already tightened. */
    void onAnomaly(AnomalyDetected anomaly) {
        String component = anomaly.component();
        VersionedPolicy before = registry.policy(component);
        if (tightened.containsKey(component) || before.source().startsWith("patch:" + ID_PREFIX)) {
            return; // tightened already, here or by another instance's anomaly
        }
        ComponentPolicy tight = before.policy().withGuard(tighter(before.policy().guard()));
        String reason = String.format(Locale.ROOT, "anomaly (grade %.2f for %d ticks): a tighter guard while it lasts",
                anomaly.grade(), anomaly.ticks());
        configurator.apply(patch(component, before.version(), tight, reason)).whenComplete((r, e) -> {
            if (e == null && r.promoted() && r.version().isPresent()) {
                tightened.put(component, new Tightened(before.policy().guard(), r.version().get().version()));
            } else {
                LOG.info("the tighter guard of {} was not applied: {}", component, e != null ? e.toString() : r.detail());
            }
        });
    }

    /** Restores the guard from before the anomaly, if the policy is still the tightened one. */
    void onAnomalyOver(String component) {
        Tightened t = tightened.remove(component);
        if (t == null) {
            return;
        }
        VersionedPolicy now = registry.policy(component);
        if (now.version() != t.version) {
            LOG.info("the anomaly of {} is over; its policy changed since it was tightened (v{} now, v{} then), so it"
                    + " stays", component, now.version(), t.version);
            return;
        }
        configurator.apply(new PolicyPatch("restore-" + UUID.randomUUID(), component, now.version(),
                now.policy().withGuard(t.before), SOURCE, "anomaly over: the guard from before it")).whenComplete((r, e) -> {
                    if (e != null || !r.promoted()) {
                        LOG.info("the guard of {} was not restored: {}", component, e != null ? e.toString() : r.detail());
                    }
                });
    }

    private static PolicyPatch patch(String component, long base, ComponentPolicy candidate, String reason) {
        return new PolicyPatch(ID_PREFIX + UUID.randomUUID(), component, base, candidate, SOURCE, reason);
    }

    private record Tightened(GuardPolicy before, long version) {
    }
}
