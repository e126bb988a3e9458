package io.hms.core.chaos.internal;

import io.hms.core.guard.CallFault;
import io.hms.core.guard.Guard;

/** Sets a {@link CallFault} on a guard, and clears it. */
public final class GuardFaultInjection implements Injection {

    private final Guard guard;
    private final CallFault fault;

    /** @param guard the component's guard; @param fault what each attempt runs first */
    public GuardFaultInjection(Guard guard, CallFault fault) {
        this.guard = guard;
        this.fault = fault;
    }

    @Override
    public void apply() {
        guard.fault(fault);
    }

    @Override
    public void revert() {
        guard.fault(null);
    }
}
