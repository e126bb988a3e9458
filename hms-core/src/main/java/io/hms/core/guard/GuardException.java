package io.hms.core.guard;

import java.io.Serial;

/**
 * The base of every exception a guard throws on its own account: a refusal
 * ({@link CallNotPermittedException}, {@link LimitExceededException}), a timeout
 * ({@link GuardTimeoutException}), or a closed guard ({@link GuardClosedException}). Exceptions of the
 * guarded code itself pass through unchanged (a checked one wrapped by {@code call} and {@code run}).
 */
public class GuardException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** An exception with a stack trace. */
    public GuardException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An exception that may omit its stack trace and refuse suppressed exceptions, for instances
     * that are created once and thrown many times.
     */
    protected GuardException(String message, Throwable cause, boolean writableStackTrace) {
        super(message, cause, writableStackTrace, writableStackTrace);
    }
}
