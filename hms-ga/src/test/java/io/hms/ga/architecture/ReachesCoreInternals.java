package io.hms.ga.architecture;

import io.hms.core.guard.internal.BreakerMachine;

/** What the boundary rules must refuse: hms-ga code that names one of hms-core's internal classes. */
final class ReachesCoreInternals {

    private ReachesCoreInternals() {
    }

    static Class<?> internal() {
        return BreakerMachine.class;
    }
}
