package io.hms.core.chaos.fault;

/**
 * The failure an {@link ErrorFault} makes a guarded call throw; tells an injected failure from a real one.
 * Thrown as is from the guarded code's place, so the guard's retry, breaker and fallback see it.
 */
public final class InjectedFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param faultId the chaos fault that caused it */
    public InjectedFailureException(String faultId) {
        super("failure injected by chaos fault " + faultId, null, false, false);
    }
}
