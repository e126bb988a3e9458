package io.hms.core.chaos.internal;

import io.hms.core.guard.CallFault;
import io.hms.core.guard.internal.GuardFaults;

/** Sets a {@link CallFault} on a component's guard, and clears it. */
public final class GuardFaultInjection implements Injection {

    private final GuardFaults faults;
    private final String component;
    private final CallFault fault;

    /**
     * @param faults    the hook of the guards, handed to an enabled chaos agent only
     * @param component the guarded component
     * @param fault     what each attempt runs first
     */
    public GuardFaultInjection(GuardFaults faults, String component, CallFault fault) {
        this.faults = faults;
        this.component = component;
        this.fault = fault;
    }

    @Override
    public void apply() {
        faults.fault(component, fault);
    }

    @Override
    public void revert() {
        faults.fault(component, null);
    }
}
