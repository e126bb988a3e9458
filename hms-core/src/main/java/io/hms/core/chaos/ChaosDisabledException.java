package io.hms.core.chaos;

/**
 * Thrown when a fault or experiment is asked of a runtime whose chaos is disabled (the default).
 * The message says how to enable it. Chaos is never switched on implicitly.
 */
public final class ChaosDisabledException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what what was refused, in a few words after "cannot", e.g. {@code "run experiment 'kill-db'"}
     */
    public ChaosDisabledException(String what) {
        super("cannot " + what + ": chaos is disabled in this runtime; enable it explicitly with "
                + "Hms.builder().chaos(ChaosOptions.enabled())");
    }
}
