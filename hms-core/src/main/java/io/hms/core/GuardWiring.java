package io.hms.core;

import io.hms.api.ComponentSpec;
import io.hms.api.FunctionKind;
import io.hms.api.policy.VersionedPolicy;
import io.hms.core.guard.Guards;
import io.hms.core.metrics.HmsMetrics;
import io.hms.core.registry.RegisteredFunction;
import io.hms.core.registry.RegistryListener;

/**
 * Keeps each component's guard in step with the registry: created, policy swapped live, fallback set.
 * The registry's policy changes only through the configurator, so this is the one place a runtime's
 * guard policy changes.
 */
final class GuardWiring implements RegistryListener {

    private final Guards guards;
    private final HmsMetrics metrics;

    GuardWiring(Guards guards, HmsMetrics metrics) {
        this.guards = guards;
        this.metrics = metrics;
    }

    @Override
    public void componentDeclared(ComponentSpec spec, VersionedPolicy initial) {
        guards.register(spec.name(), initial.policy().guard(), spec.retryOn());
        metrics.bindComponent(spec.name());
    }

    @Override
    public void functionRegistered(RegisteredFunction function) {
        if (function.kind() == FunctionKind.FALLBACK) {
            guards.control().fallback(function.component(), function.fallback());
        }
    }

    @Override
    public void functionUnregistered(RegisteredFunction function) {
        if (function.kind() == FunctionKind.FALLBACK) {
            guards.control().fallback(function.component(), null);
        }
    }

    @Override
    public void policyChanged(VersionedPolicy previous, VersionedPolicy current) {
        guards.control().updatePolicy(current.component(), current.policy().guard());
    }
}
