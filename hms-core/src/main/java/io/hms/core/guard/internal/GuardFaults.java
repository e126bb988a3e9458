package io.hms.core.guard.internal;

import io.hms.core.guard.CallFault;

/**
 * The capability to inject faults into the guarded calls of one {@link io.hms.core.guard.Guards}: the
 * chaos agent's hook. Obtained from {@link io.hms.core.guard.Guards#faults()} by whoever built the
 * guards; the chaos agent takes it only when chaos is enabled, so a runtime without chaos holds no
 * way to inject a fault at all.
 *
 * <p>Thread-safe; the fault itself is read once per attempt from a volatile field (see
 * {@link CallFault}).
 */
public interface GuardFaults {

    /**
     * Sets the fault run before every attempt of every call of {@code component}, baseline and canary
     * alike; null for none.
     *
     * @throws IllegalArgumentException naming the known components for an unknown one
     */
    void fault(String component, CallFault faultOrNull);
}
