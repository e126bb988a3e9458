package io.hms.core.guard;

import java.io.Serial;
import java.time.Duration;

/**
 * An attempt of a guarded call that did not finish within its timeout. The cause is what the guarded
 * code threw after being interrupted (often an {@link InterruptedException} wrapped by the code), or
 * null if it returned normally after the deadline.
 */
public final class GuardTimeoutException extends GuardException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String component;
    private final Duration timeout;

    /**
     * @param component the component
     * @param timeout   the timeout that passed
     * @param cause     what the code threw, or null
     */
    public GuardTimeoutException(String component, Duration timeout, Throwable cause) {
        super("the call to '" + component + "' did not finish within " + timeout, cause);
        this.component = component;
        this.timeout = timeout;
    }

    /** The component. */
    public String component() {
        return component;
    }

    /** The timeout that passed. */
    public Duration timeout() {
        return timeout;
    }
}
