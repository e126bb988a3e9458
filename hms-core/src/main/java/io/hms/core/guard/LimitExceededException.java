package io.hms.core.guard;

import java.io.Serial;

/**
 * A call refused because as many calls to the component as its concurrency limit allows are already
 * in flight. Never retried; a fallback, if set, answers instead.
 *
 * <p>One instance is created per guard and thrown on every refusal: it carries no stack trace and
 * ignores {@link #addSuppressed}, so refusing costs no allocation.
 */
public final class LimitExceededException extends GuardException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String component;

    /** The refusal of {@code component}'s limiter. */
    public LimitExceededException(String component) {
        super("too many calls to '" + component + "' in flight; the concurrency limit refused this one", null,
                false);
        this.component = component;
    }

    /** The component whose limiter refused. */
    public String component() {
        return component;
    }
}
