package io.hms.core.guard;

import java.io.Serial;

/**
 * A guarded call refused or cut short because its guards were closed (in a runtime, by
 * {@code Hms.close()}): a call made after the close is refused before its code runs, and a call with a
 * timeout that is in flight at the close is interrupted at once and ends with this exception, what its
 * code threw as the cause. Neither is retried nor answered by the fallback: the runtime that owned them
 * is gone. Build and start a new runtime, or call the dependency directly.
 */
public final class GuardClosedException extends GuardException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String component;

    private GuardClosedException(String component, String message, Throwable cause) {
        super(message, cause);
        this.component = component;
    }

    /**
     * An attempt of a call to {@code component} about to start after its guards were closed.
     *
     * @param previousFailure the failure of the call's previous attempt, for a retry; null for a first attempt
     */
    static GuardClosedException refused(String component, Throwable previousFailure) {
        return new GuardClosedException(component, "the guard of '" + component + "' is closed (its runtime was "
                + "closed), so no attempt of this call runs any more. Build and start a new runtime with "
                + "Hms.builder(), or call the dependency without a guard", previousFailure);
    }

    /** A call to {@code component} in flight when its guards were closed; {@code cause} is what it threw. */
    static GuardClosedException interrupted(String component, Throwable cause) {
        return new GuardClosedException(component, "the guard of '" + component + "' was closed while the call was "
                + "in flight (its runtime was closed); the call was interrupted and is neither retried nor answered "
                + "by the fallback", cause);
    }

    /** The component whose guard was closed. */
    public String component() {
        return component;
    }
}
