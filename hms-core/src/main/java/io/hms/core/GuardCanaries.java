package io.hms.core;

import io.hms.api.policy.GuardPolicy;
import io.hms.core.configurator.CanaryTarget;
import io.hms.core.configurator.TrafficSample;
import io.hms.core.guard.GuardStats;
import io.hms.core.guard.Guards;

/** Lets the configurator run canaries on the guards, without either knowing the other. */
final class GuardCanaries implements CanaryTarget {

    private final Guards guards;

    GuardCanaries(Guards guards) {
        this.guards = guards;
    }

    @Override
    public void startCanary(String component, GuardPolicy candidate, double fraction) {
        guards.control().startCanary(component, candidate, fraction);
    }

    @Override
    public void stopCanary(String component) {
        guards.control().stopCanary(component);
    }

    @Override
    public TrafficSample baseline(String component) {
        return sample(guards.guard(component).stats());
    }

    @Override
    public TrafficSample canary(String component) {
        return guards.guard(component).canaryStats().map(GuardCanaries::sample).orElse(TrafficSample.EMPTY);
    }

    private static TrafficSample sample(GuardStats stats) {
        GuardStats.Snapshot s = stats.snapshot();
        return new TrafficSample(s.calls(), s.calls() - s.successes(), s.successes() + s.failures(),
                s.totalLatencyNanos());
    }
}
