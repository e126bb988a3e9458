package io.hms.core.guard;

import java.io.Serial;

/**
 * A call refused because the component's circuit breaker is OPEN (or HALF_OPEN with every probe
 * taken). Never retried; a fallback, if set, answers instead.
 *
 * <p>One instance is created per breaker or guard and thrown on every refusal: it carries no stack
 * trace and ignores {@link #addSuppressed}, so refusing costs no allocation.
 */
public final class CallNotPermittedException extends GuardException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String component;

    /** The refusal of {@code component}'s breaker. */
    public CallNotPermittedException(String component) {
        super("the circuit breaker of '" + component + "' is open; calls are refused until it half-opens", null,
                false);
        this.component = component;
    }

    /** The component whose breaker refused. */
    public String component() {
        return component;
    }
}
